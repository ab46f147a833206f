"""Reading a library: files, YAML and front matter, Markdown (bytes in, text and located problems out)."""
