"""The app's HTTP entry point: ``streamlit run serve.py`` serves app.py (the router) with our own routes.

Streamlit finds the ``st.App`` below and runs it under uvicorn: the same Starlette server, websocket, static
serving, XSRF and health routes as ``streamlit run app.py``, plus the routes of ``dashboard/web/routes.py``
(``/ready`` for a load balancer) at addresses of their own. Config comes from .streamlit/ and the command line
as before (``--server.port``, ``--server.address``, ``--server.baseUrlPath``).
"""

import streamlit as st
from streamlit import config

from dashboard.web.routes import routes

app = st.App("app.py", routes=routes(config.get_option("server.baseUrlPath") or ""))
