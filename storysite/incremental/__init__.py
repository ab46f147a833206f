"""What only makes a rebuild fast: the cache, the spare site, page jobs, worker processes."""
