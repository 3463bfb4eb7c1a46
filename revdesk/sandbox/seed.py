"""Deterministic, realistic demo returns for the sandbox: same seed, same data.

Ids grow with time (``RP-100001`` is the oldest), so the newest-first list shows the highest
ids first, as a real shop's would.

Two demo e-commerces: ``acme`` (every sandbox) and ``northwind`` (a second REVER account, for
keys scoped to one merchant; see ``scopes.py``). Each has its own ids, orders, customers and
catalogue, none shared with the other, so a return can only belong to one of them.
"""

from __future__ import annotations

import functools
import random
import time
import unicodedata
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")

ECOMMERCE_ID = "acme"
NORTHWIND_ID = "northwind"
#: Multi-brand scope: an e-commerce group and its members. [sandbox assumption] the
#: northwind group and the one over both shops are the sandbox's own, for scoped keys.
GROUPS: dict[str, tuple[str, ...]] = {
    "acme-group": (ECOMMERCE_ID,),
    "northwind-group": (NORTHWIND_ID,),
    "desk-group": (ECOMMERCE_ID, NORTHWIND_ID),
}
FIRST_ID = 100001
#: Northwind's first id: above acme's last even at the CLI's most (1,000,000 returns,
#: RP-1100000), so the two never share an id.
NORTHWIND_FIRST_ID = 2_000_001
#: How many returns northwind gets when a sandbox makes them (``Store.open(northwind=)``).
NORTHWIND_PROCESSES = 150
SPAN_DAYS = 60
PROVIDERS = ("SendCloud", "OPS")


@dataclass(frozen=True)
class City:
    name: str
    postcodes: tuple[int, int]
    state: str
    state_code: str


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    weight: int
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    carriers: tuple[str, ...]
    phone: str  # a format with one "{}" for the digits
    phone_digits: int

    # Every combination precomputed, so one draw picks a person or a place (seed speed).
    @functools.cached_property
    def people(self) -> tuple[tuple[str, str, str], ...]:
        """(first name, last name, e-mail stem)."""
        return tuple((f, last, f"{ascii_slug(f)}.{ascii_slug(last)}")
                     for f in self.first_names for last in self.last_names)

    @functools.cached_property
    def places(self) -> tuple[tuple[City, str], ...]:
        return tuple((city, street) for city in self.cities for street in self.streets)


def _split(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(",") if s.strip())


COUNTRIES: tuple[Country, ...] = (
    Country(
        "ES", "Spain", 35,
        _split("Lucía, María, Carmen, Ana, Laura, Marta, Paula, Elena, Javier, Alejandro, "
               "Carlos, Pablo, Daniel, Sergio, Jorge, Álvaro"),
        _split("García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, "
               "Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Álvarez"),
        (City("Madrid", (28001, 28055), "Madrid", "M"),
         City("Barcelona", (8001, 8042), "Barcelona", "B"),
         City("Valencia", (46001, 46026), "Valencia", "V"),
         City("Sevilla", (41001, 41020), "Sevilla", "SE"),
         City("Zaragoza", (50001, 50021), "Zaragoza", "Z"),
         City("Málaga", (29001, 29018), "Málaga", "MA"),
         City("Bilbao", (48001, 48015), "Bizkaia", "BI"),
         City("Valladolid", (47001, 47016), "Valladolid", "VA")),
        _split("Calle Mayor, Calle de Alcalá, Avenida de la Constitución, Calle Real, "
               "Paseo de Gracia, Calle San Vicente, Gran Vía, Calle Larios"),
        ("Correos", "SEUR", "DHL", "GLS", "UPS"), "+34 6{}", 8,
    ),
    Country(
        "FR", "France", 25,
        _split("Camille, Léa, Manon, Chloé, Inès, Sarah, Julie, Élodie, Lucas, Hugo, Louis, "
               "Nathan, Théo, Antoine, Mathieu, Julien"),
        _split("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, "
               "Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, Fournier"),
        (City("Paris", (75001, 75020), "Île-de-France", "IDF"),
         City("Lyon", (69001, 69009), "Auvergne-Rhône-Alpes", "ARA"),
         City("Marseille", (13001, 13016), "Provence-Alpes-Côte d'Azur", "PAC"),
         City("Toulouse", (31000, 31500), "Occitanie", "OCC"),
         City("Nantes", (44000, 44300), "Pays de la Loire", "PDL"),
         City("Bordeaux", (33000, 33300), "Nouvelle-Aquitaine", "NAQ"),
         City("Lille", (59000, 59800), "Hauts-de-France", "HDF")),
        _split("rue de Rivoli, avenue Jean Jaurès, boulevard Voltaire, rue Victor Hugo, "
               "rue de la République, rue du Faubourg Saint-Antoine, cours Mirabeau"),
        ("Colissimo", "Chronopost", "DPD", "UPS"), "+33 6{}", 8,
    ),
    Country(
        "DE", "Germany", 15,
        _split("Anna, Lena, Laura, Julia, Lea, Sophie, Hannah, Katharina, Lukas, Leon, Felix, "
               "Jonas, Maximilian, Paul, Tim, Jan"),
        _split("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
               "Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf"),
        (City("Berlin", (10115, 14199), "Berlin", "BE"),
         City("Hamburg", (20095, 22769), "Hamburg", "HH"),
         City("München", (80331, 81929), "Bayern", "BY"),
         City("Köln", (50667, 51149), "Nordrhein-Westfalen", "NW"),
         City("Frankfurt am Main", (60306, 60599), "Hessen", "HE"),
         City("Stuttgart", (70173, 70629), "Baden-Württemberg", "BW"),
         City("Leipzig", (4103, 4357), "Sachsen", "SN")),
        _split("Hauptstraße, Bahnhofstraße, Schillerstraße, Goethestraße, Lindenstraße, "
               "Gartenstraße, Friedrichstraße, Bergstraße"),
        ("DHL", "DPD", "GLS", "UPS"), "+49 151 {}", 8,
    ),
    Country(
        "IT", "Italy", 15,
        _split("Giulia, Francesca, Chiara, Sara, Martina, Alessia, Valentina, Federica, "
               "Marco, Luca, Alessandro, Andrea, Matteo, Lorenzo, Davide, Simone"),
        _split("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, "
               "Greco, Bruno, Gallo, Conti, De Luca, Costa, Giordano"),
        (City("Roma", (118, 199), "Roma", "RM"),
         City("Milano", (20121, 20162), "Milano", "MI"),
         City("Napoli", (80121, 80147), "Napoli", "NA"),
         City("Torino", (10121, 10156), "Torino", "TO"),
         City("Bologna", (40121, 40141), "Bologna", "BO"),
         City("Firenze", (50121, 50145), "Firenze", "FI"),
         City("Verona", (37121, 37142), "Verona", "VR")),
        _split("Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Via Mazzini, Via Dante, "
               "Via Cavour, Via Verdi"),
        ("BRT", "Poste Italiane", "GLS", "DHL"), "+39 3{}", 9,
    ),
    Country(
        "PT", "Portugal", 10,
        _split("Maria, Ana, Beatriz, Mariana, Inês, Carolina, Sofia, Catarina, João, Pedro, "
               "Tiago, Rodrigo, Diogo, Miguel, Rui, Nuno"),
        _split("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, "
               "Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Ribeiro"),
        (City("Lisboa", (1000, 1990), "Lisboa", "11"),
         City("Porto", (4000, 4369), "Porto", "13"),
         City("Braga", (4700, 4719), "Braga", "03"),
         City("Coimbra", (3000, 3049), "Coimbra", "06"),
         City("Faro", (8000, 8009), "Faro", "08"),
         City("Aveiro", (3800, 3814), "Aveiro", "01")),
        _split("Rua Augusta, Avenida da Liberdade, Rua de Santa Catarina, Rua do Carmo, "
               "Avenida dos Aliados, Rua da Prata, Rua Garrett"),
        ("CTT", "DPD", "UPS"), "+351 9{}", 8,
    ),
)

_POWERS = [10**n for n in range(19)]
_DIGIT_FORMATS = [f"%0{n}d" for n in range(19)]  # "%d" truncates the float, as int() would


class Dice:
    """The few random draws the seed needs, on one seeded generator.

    Hand-rolled instead of ``random.choices``/``randrange`` because 100,000 processes must
    seed in a few seconds and those recompute their set-up on every call.
    """

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed).random

    def chance(self) -> float:
        return self._random()

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def weighted(self, table: tuple[Sequence[T], list[float]]) -> T:
        items, cumulative = table
        return items[bisect(cumulative, self._random() * cumulative[-1])]

    def between(self, low: int, high: int) -> int:
        return low + int(self._random() * (high - low + 1))

    def digits(self, count: int) -> str:
        return _DIGIT_FORMATS[count] % (self._random() * _POWERS[count])


def weights(items: Sequence[T], weights: Sequence[float]) -> tuple[Sequence[T], list[float]]:
    """A table for :meth:`Dice.weighted`: the items and their running totals."""
    totals, running = [], 0.0
    for w in weights:
        running += w
        totals.append(running)
    return items, totals


COUNTRY_TABLE = weights(COUNTRIES, [c.weight for c in COUNTRIES])

TRACKING_URLS: dict[str, str] = {
    "Correos": "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}",
    "SEUR": "https://www.seur.com/livetracking/?segOnlineIdentificador={}",
    "Colissimo": "https://www.laposte.fr/outils/suivre-vos-envois?code={}",
    "Chronopost": "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={}",
    "DHL": "https://www.dhl.com/es-en/home/tracking.html?tracking-id={}",
    "DPD": "https://tracking.dpd.de/status/en_US/parcel/{}",
    "GLS": "https://gls-group.com/track/{}",
    "BRT": "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={}",
    "Poste Italiane": "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{}",
    "CTT": "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={}",
    "UPS": "https://www.ups.com/track?tracknum={}",
}
# (prefix, digits, suffix): shapes that look like each carrier's numbers.
TRACKING_SHAPES: dict[str, tuple[str, int, str]] = {
    "Correos": ("PQ4F6P0", 10, ""), "SEUR": ("", 14, ""), "Colissimo": ("6A", 11, ""),
    "Chronopost": ("XW", 9, "FR"), "DHL": ("JJD00", 15, ""), "DPD": ("0", 13, ""),
    "GLS": ("", 11, ""), "BRT": ("", 12, ""), "Poste Italiane": ("RR", 9, "IT"),
    "CTT": ("DA", 9, "PT"), "UPS": ("1Z9W8", 13, ""),
}

STATUSES = ("CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR", "CANCELED", "NO_SHIPPING_STATUS")
STATUS_TABLE = weights(STATUSES, (34, 30, 22, 4, 5, 5))
METHOD_TABLE = weights(("HOME_PICK_UP", "DROP_OFF_POINT", "DELIVERY_PICKUP"), (40, 50, 10))
ITEM_COUNT_TABLE = weights((1, 2, 3, 4), (50, 30, 14, 6))
QUANTITY_TABLE = weights((1, 2, 3), (85, 12, 3))

PRODUCTS: tuple[tuple[str, str], ...] = (
    ("Linen shirt", "LSH"), ("Organic cotton T-shirt", "TSH"), ("Slim chinos", "CHN"),
    ("Denim jacket", "DJK"), ("Merino jumper", "MRJ"), ("Midi dress", "MDR"),
    ("Leather sneakers", "SNK"), ("Canvas tote bag", "TOT"), ("Wool scarf", "SCF"),
    ("Rain parka", "PRK"), ("Running shorts", "RSH"), ("Knit beanie", "BNE"),
    ("Suede ankle boots", "BOT"), ("Silk blouse", "BLS"), ("Hooded sweatshirt", "HSW"),
)
COLOURS = (("White", "WHT"), ("Black", "BLK"), ("Navy", "NVY"), ("Olive", "OLV"),
           ("Sand", "SND"), ("Burgundy", "BRG"))
SIZES = ("XS", "S", "M", "L", "XL")
#: (product name, variant name, sku) of every product variant: the product and its
#: variant apart, as a merchant's line items carry them.
VARIANTS: tuple[tuple[str, str, str], ...] = tuple(
    (name, f"{colour} / {size}", f"{code}-{colour_code}-{size}")
    for name, code in PRODUCTS for colour, colour_code in COLOURS for size in SIZES
)
FIRST_LINE_ITEM_ID = 14_023_000_000

#: Northwind sells outdoor gear: its own products and SKU codes (none of acme's), in the
#: same colours and sizes (the merchant platform draws pictures from the colour code).
#: Names no longer than acme's longest, which the window's layout is measured with.
NORTHWIND_PRODUCTS: tuple[tuple[str, str], ...] = (
    ("Trail running shoes", "TRS"), ("Down jacket", "DWN"), ("Fleece pullover", "FLC"),
    ("Softshell trousers", "SFT"), ("Merino base layer", "MBL"), ("Hiking socks", "HKS"),
    ("Waterproof gaiters", "GTR"), ("Trekking cap", "TCP"), ("Insulated gloves", "GLV"),
    ("Daypack 20 L", "DPK"),
)
NORTHWIND_VARIANTS: tuple[tuple[str, str, str], ...] = tuple(
    (name, f"{colour} / {size}", f"{code}-{colour_code}-{size}")
    for name, code in NORTHWIND_PRODUCTS for colour, colour_code in COLOURS for size in SIZES
)

#: The shop's returns warehouse: the "to" address of every label.
WAREHOUSE_ADDRESS: dict[str, str] = {
    "address_line_1": "Calle de la Logística 8", "address_line_2": "Nave 3",
    "city": "Zaragoza", "company": "Acme Returns", "country": "Spain", "country_code": "ES",
    "email": "returns@example.com", "first_name": "Returns", "last_name": "Desk",
    "phone": "+34 976 000 000", "postcode": "50197", "rever_id": "",
    "state_province": "Zaragoza", "state_province_code": "Z",
}
#: [sandbox assumption] The same returns desk (a 3PL) takes northwind's parcels, in its
#: name: only the company on the label differs.
NORTHWIND_WAREHOUSE: dict[str, str] = {**WAREHOUSE_ADDRESS, "company": "Northwind Returns",
                                       "email": "returns@example.org"}


@dataclass(frozen=True)
class Shop:
    """What sets one demo e-commerce's returns apart from another's."""

    ecommerce_id: str
    first_id: int  # the number of its oldest process id
    seed_offset: int  # added to the seed: its own draws, whatever the other shop's count
    order_id_lead: str  # the first digit of its order ids
    order_prefix: str  # "#A": "#A5003"
    email_domain: str
    first_line_item_id: int
    variants: tuple[tuple[str, str, str], ...]
    country_weights: tuple[int, ...]  # one per COUNTRIES entry
    warehouse: dict[str, str]

    @functools.cached_property
    def country_table(self) -> tuple[Sequence[Country], list[float]]:
        return weights(COUNTRIES, self.country_weights)


ACME = Shop(ECOMMERCE_ID, FIRST_ID, 0, "5", "#A", "example.com", FIRST_LINE_ITEM_ID, VARIANTS,
            tuple(c.weight for c in COUNTRIES), WAREHOUSE_ADDRESS)
NORTHWIND = Shop(NORTHWIND_ID, NORTHWIND_FIRST_ID, 7_919, "7", "#N", "example.org",
                 27_051_000_000, NORTHWIND_VARIANTS, (15, 15, 40, 10, 20), NORTHWIND_WAREHOUSE)
SHOPS: dict[str, Shop] = {shop.ecommerce_id: shop for shop in (ACME, NORTHWIND)}


def warehouse_of(ecommerce_id: str) -> dict[str, str]:
    """The "to" address of a return's label: its shop's (acme's for anything unknown)."""
    return SHOPS.get(ecommerce_id, ACME).warehouse


@functools.cache
def ascii_slug(text: str) -> str:
    """"Álvarez" -> "alvarez", "De Luca" -> "deluca": for demo e-mail addresses."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def tracking_url(carrier: str, tracking_id: str) -> str:
    template = TRACKING_URLS.get(carrier)
    return template.format(tracking_id) if template and tracking_id else ""


def tracking_id_for(carrier: str, dice: Dice) -> str:
    prefix, digits, suffix = TRACKING_SHAPES.get(carrier, ("SB", 12, ""))
    return f"{prefix}{dice.digits(digits)}{suffix}"


def process_id(index: int, shop: Shop | None = None) -> str:
    return f"RP-{(shop or ACME).first_id + index}"


def _postcode(country: Country, city: City, dice: Dice) -> str:
    number = dice.between(*city.postcodes)
    if country.code == "PT":
        return f"{number:04d}-{dice.digits(3)}"
    return f"{number:05d}"


def _address(country: Country, person: tuple[str, str, str], email: str,
             dice: Dice) -> dict[str, str]:
    city, street = dice.pick(country.places)
    number = dice.between(1, 180)
    line1 = f"{number} {street}" if country.code == "FR" else f"{street} {number}"
    line2 = ""
    if country.code == "ES" and dice.chance() < 0.5:  # Spanish flats: floor and door
        line2 = f"{dice.between(1, 6)}º {dice.pick('ABCD')}"
    return {
        "address_line_1": line1, "address_line_2": line2, "city": city.name, "company": "",
        "country": country.name, "country_code": country.code, "email": email,
        "first_name": person[0], "last_name": person[1],
        "phone": country.phone.format(dice.digits(country.phone_digits)),
        "postcode": _postcode(country, city, dice), "rever_id": "",
        "state_province": city.state, "state_province_code": city.state_code,
    }


def _line_items(index: int, dice: Dice, shop: Shop) -> list[dict[str, Any]]:
    items = []
    for n in range(dice.weighted(ITEM_COUNT_TABLE)):
        name, variant, sku = dice.pick(shop.variants)
        items.append({
            # Shop line item ids grow with time, like the orders they belong to.
            "line_item_id": str(shop.first_line_item_id + index * 4 + n),
            "name": name,
            "variant_name": variant,
            "sku": sku,
            "quantity": dice.weighted(QUANTITY_TABLE),
            "image_url": "",
        })
    return items


def _shipping(status: str, dice: Dice, country: Country) -> dict[str, str]:
    if status == "NO_SHIPPING_STATUS":
        method = "IN_STORE" if dice.chance() < 0.4 else "NO_RETURN_METHOD"
        return {"return_method": method, "carrier": "", "tracking_id": "", "tracking_url": ""}
    carrier = dice.pick(country.carriers)
    tracking = tracking_id_for(carrier, dice)
    return {"return_method": dice.weighted(METHOD_TABLE), "carrier": carrier,
            "tracking_id": tracking, "tracking_url": tracking_url(carrier, tracking)}


def _status(age_days: float, dice: Dice) -> str:
    status = dice.weighted(STATUS_TABLE)
    # A return made in the last few days cannot have reached the warehouse yet.
    if age_days < 3 and status in ("COLLECTED", "IN_WAREHOUSE"):
        return "CREATED"
    return status


def generate(
    count: int = 500, seed: int = 42, now: datetime | None = None, shop: Shop = ACME
) -> Iterator[dict[str, Any]]:
    """Yield ``count`` processes of ``shop``, oldest first, spread over the ``SPAN_DAYS``
    before ``now``."""
    dice = Dice(seed + shop.seed_offset)
    country_table = shop.country_table
    end = int((now or datetime.now(UTC)).timestamp())
    start = end - SPAN_DAYS * 86400
    step = SPAN_DAYS * 86400 / max(count, 1)
    order_number = 5000
    for index in range(count):
        created = start + int((index + dice.chance()) * step)
        country = dice.weighted(country_table)
        person = dice.pick(country.people)
        email = f"{person[2]}{dice.digits(2)}@{shop.email_domain}"
        order_number += dice.between(1, 4)
        status = _status((end - created) / 86400, dice)
        yield {
            "process_id": process_id(index, shop),
            "ecommerce_id": shop.ecommerce_id,
            "order_id": f"{shop.order_id_lead}{dice.digits(12)}",
            "order_number": f"{shop.order_prefix}{order_number}",
            "customer": {"email": email, "first_name": person[0], "last_name": person[1],
                         "rever_id": f"CU-{dice.digits(8)}"},
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(created)),
            "shipping_status": status,
            **_shipping(status, dice, country),
            "line_items": _line_items(index, dice, shop),
            "provider": "OPS" if dice.chance() < 0.15 else "SendCloud",
            "customer_address": _address(country, person, email, dice),
        }
