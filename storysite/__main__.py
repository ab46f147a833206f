"""Run storysite as `python -m storysite`."""

from storysite.cli import run

run()
