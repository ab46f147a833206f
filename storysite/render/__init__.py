"""The model in, pages out as bytes: templates, listings, story bodies and their search words."""
