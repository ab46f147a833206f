"""The one place that writes a site to disk: atomic staging and swap, and serve's in-place update."""
