"""Shared text tools that read, and never change, the parse state.

Steps import from here (and from :mod:`copydesk._step`, :mod:`copydesk._state` and
:mod:`copydesk.lexicon`), never from another step. Each module has one subject:
prose tests and sentence ends, person names, photo credits, whole-page detection, dates.
"""
