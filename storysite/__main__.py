"""Run storysite as `python -m storysite`."""

from storysite.cli import main

main()
