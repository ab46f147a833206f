"""The interface's languages: Babel catalogs and the command line's language."""
