"""The dashboard's router: every page module's routes under one ``router``.

``tipoff.server.create_app`` includes it (ROUTERS), so the dashboard, the public
check page and the API are one app on one port.
"""

from __future__ import annotations

from fastapi import APIRouter

from tipoff.web import (
    check_page,
    export_links,
    indicator_page,
    login,
    model_page,
    network_pages,
    network_report_table,
    overview,
    report_page,
    report_verdicts,
    static_files,
    tipoff_pages,
)

router = APIRouter(include_in_schema=False)
for module in (
    static_files,
    login,
    overview,
    check_page,
    network_report_table,
    network_pages,
    report_page,
    report_verdicts,
    tipoff_pages,
    model_page,
    indicator_page,
    export_links,
):
    router.include_router(module.router)
