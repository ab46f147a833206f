"""Languages: Welsh and English messages, Babel catalogs and dates, and the command line's language."""
