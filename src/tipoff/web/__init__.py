"""The analyst dashboard and the public check page: server-rendered Jinja2 + htmx.

`tipoff.web.routes.router` is the FastAPI router the API app factory includes. Everything
here is an adapter: the numbers come from the store, link and assess packages.
"""
