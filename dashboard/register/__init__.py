"""The register: the shared, persistent store of initiatives, their versions and the people who keep them.

No Streamlit here: the app's glue lives in dashboard/ui, the command line in dashboard/cli.py. Every write
function takes a credential and checks role and scope itself.
"""
