"""`storysite serve`: build, watch, rebuild and serve the preview on 127.0.0.1."""
