"""The request bodies of the REVER Admin API document (seed 002, the Logistics section),
copied verbatim from its curl examples, so tests build their requests from them.

Each is the JSON text exactly as the document prints it; :func:`example` gives a fresh copy
to change. Where the document's value is a placeholder ("string", 0), a test puts in a value
of the kind the document describes and keeps every other field as it is.
"""

from __future__ import annotations

import json
from typing import Any

#: POST /v1/processes/{process_id}/shipping_status
SHIPPING_STATUS = """{
    "lkss": "NO_SHIPPING_STATUS",
    "process_id": "string"
  }"""

#: POST /v1/processes/{process_id}/pickup
PICKUP = """{
    "carrier": "string",
    "customer": {
      "email": "string",
      "first_name": "string",
      "last_name": "string",
      "rever_id": "string"
    },
    "ecommerce_id": "string",
    "pickup_address": {
      "address_line_1": "string",
      "address_line_2": "string",
      "city": "string",
      "company": "string",
      "country": "string",
      "country_code": "string",
      "email": "string",
      "first_name": "string",
      "last_name": "string",
      "phone": "string",
      "postcode": "string",
      "rever_id": "string",
      "state_province": "string",
      "state_province_code": "string"
    },
    "pickup_ranges": [
      "NO_RANGE"
    ],
    "process_id": "string",
    "provider": "string",
    "settings": {
      "logistic_config": [
        {
          "carrier": "string",
          "provider": "string"
        }
      ],
      "return_method": "NO_RETURN_METHOD"
    }
  }"""

#: POST /v1/processes/{process_id}/logistics/
MANUAL_LOGISTIC_ORDER = """{
    "label": "string",
    "label_extension": "string",
    "order": {
      "carrier": "string",
      "from": {
        "address_line_1": "string",
        "address_line_2": "string",
        "city": "string",
        "company": "string",
        "country": "string",
        "country_code": "string",
        "email": "string",
        "first_name": "string",
        "last_name": "string",
        "phone": "string",
        "postcode": "string",
        "rever_id": "string",
        "state_province": "string",
        "state_province_code": "string"
      },
      "process_id": "string",
      "provider": "string",
      "return_method": "NO_RETURN_METHOD",
      "to": {
        "address_line_1": "string",
        "address_line_2": "string",
        "city": "string",
        "company": "string",
        "country": "string",
        "country_code": "string",
        "email": "string",
        "first_name": "string",
        "last_name": "string",
        "phone": "string",
        "postcode": "string",
        "rever_id": "string",
        "state_province": "string",
        "state_province_code": "string"
      },
      "tracking_id": "string",
      "tracking_url": "string"
    }
  }"""

#: PUT /v1/processes/{process_id}/logistics/
LOGISTIC_ORDER = """{
    "carrier": "string",
    "customer": {
      "email": "string",
      "first_name": "string",
      "last_name": "string",
      "rever_id": "string"
    },
    "customer_address": {
      "address_line_1": "string",
      "address_line_2": "string",
      "city": "string",
      "company": "string",
      "country": "string",
      "country_code": "string",
      "email": "string",
      "first_name": "string",
      "last_name": "string",
      "phone": "string",
      "postcode": "string",
      "rever_id": "string",
      "state_province": "string",
      "state_province_code": "string"
    },
    "ecommerce_group": "string",
    "ecommerce_id": "string",
    "ecommerce_order_id": "string",
    "ecommerce_warehouse_address": {
      "address_line_1": "string",
      "address_line_2": "string",
      "city": "string",
      "company": "string",
      "country": "string",
      "country_code": "string",
      "email": "string",
      "first_name": "string",
      "last_name": "string",
      "phone": "string",
      "postcode": "string",
      "rever_id": "string",
      "state_province": "string",
      "state_province_code": "string"
    },
    "order_number": "string",
    "pickup_ranges": [
      "NO_RANGE"
    ],
    "process_id": "string",
    "provider": "string",
    "return_type": "NO_RETURN_METHOD",
    "settings": {
      "logistic_config": [
        {
          "carrier": "string",
          "provider": "string"
        }
      ],
      "return_method": "NO_RETURN_METHOD"
    },
    "weight_in_grams": 0
  }"""


def example(text: str, **changes: Any) -> dict[str, Any]:
    """A fresh copy of an example body, with ``changes`` set on its top level."""
    body: dict[str, Any] = json.loads(text)
    body.update(changes)
    return body
