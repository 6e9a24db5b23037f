"""Plain functions that turn data into what a page shows; testable without a browser.

Every presenter takes the viewer as an explicit argument (DESIGN.md).
"""
