"""Commands for practitioners: init (a new library), new (a story from a template), status."""
