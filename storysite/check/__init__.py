"""The checks: site.yaml, each story's fields, placeholders, panels, what a page would expose (never HTML)."""
