"""Check a STIX bundle with pycti's own code, offline (no OpenCTI server). Prints JSON.

Run with a Python that has pycti (``pip install pycti`` in its own virtual environment:
pycti pins versions of fastapi and requests that tipoff's do not match):

    $PYCTI_PYTHON tests/share/opencti_check.py bundle.json

What it runs, all from pycti 7:
- ``OpenCTIStix2Splitter.split_bundle_with_expectations``: the first step of OpenCTI's
  import path (connectors split a bundle by dependencies before the workers import it):
  how many objects it expects to import and which it finds incompatible;
- every SCO through ``stix2.parse`` with pycti's custom observable classes registered
  (``pycti.utils.constants``: phone-number, bank-account, cryptocurrency-wallet …),
  and its id recomputed by that class from the ID-contributing properties;
- ``OpenCTIStix2Utils.stix_observable_opencti_type``: the OpenCTI entity type of each SCO;
- each TLP marking object as ``MarkingDefinition.import_from_stix2`` reads one without
  ``definition_type`` (type and definition from the name), then ``generate_id``.
"""

from __future__ import annotations

import json
import sys

import stix2
from pycti import MarkingDefinition
from pycti.utils import constants
from pycti.utils.opencti_stix2_splitter import OpenCTIStix2Splitter
from pycti.utils.opencti_stix2_utils import OpenCTIStix2Utils

PYCTI_CLASSES = {
    "phone-number": (constants.CustomObservablePhoneNumber, ("value",)),
    "cryptocurrency-wallet": (constants.CustomObservableCryptocurrencyWallet, ("value",)),
    "bank-account": (constants.CustomObservableBankAccount, ("value", "iban")),
}


def check(bundle: dict) -> dict:
    result: dict = {"objects": len(bundle["objects"])}
    expectations, incompatible, parts = OpenCTIStix2Splitter().split_bundle_with_expectations(
        json.dumps(bundle)
    )
    result["split_expectations"] = expectations
    result["split_bundles"] = len(parts)
    result["incompatible"] = [item.get("id") for item in incompatible]
    scos = {}
    for obj in bundle["objects"]:
        stix_type = obj["type"]
        if stix_type in PYCTI_CLASSES or stix_type in (
            "domain-name",
            "url",
            "email-addr",
            "user-account",
        ):
            entry: dict = {
                "opencti_type": OpenCTIStix2Utils.stix_observable_opencti_type(stix_type)
            }
            try:
                parsed = stix2.parse(obj, allow_custom=True)
                entry["parsed"] = type(parsed).__name__
            except Exception as error:
                entry["error"] = f"{type(error).__name__}: {error}"
            if stix_type in PYCTI_CLASSES:
                cls, names = PYCTI_CLASSES[stix_type]
                try:
                    entry["pycti_id"] = cls(**{n: obj[n] for n in names if n in obj}).id
                except Exception as error:
                    entry["pycti_id_error"] = f"{type(error).__name__}: {error}"
            scos[obj["id"]] = entry
    result["scos"] = scos
    markings = {}
    for obj in bundle["objects"]:
        if obj["type"] == "marking-definition" and "definition_type" not in obj:
            definition_type = obj["name"].split(":")[0]
            markings[obj["id"]] = MarkingDefinition.generate_id(definition_type, obj["name"])
    result["markings"] = markings
    return result


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(json.dumps(check(json.load(handle))))
