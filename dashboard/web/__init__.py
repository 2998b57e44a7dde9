"""The app's own HTTP routes, served by Streamlit's server beside the app (``serve.py`` mounts them).

No Streamlit here: the routes are plain Starlette endpoints that read through the layers below (the register,
later the exports), so a load balancer or a script can fetch them without a browser session. ``routes.py`` is
the registry; add a route there.
"""
