"""Tell a service's phone number (a helpline) from a person's."""

from __future__ import annotations

import phonenumbers

# Freephone (0800, 0808), shared-cost (0845) and premium (09) numbers belong to services, never to a
# household (Ofcom's National Telephone Numbering Plan, as phonenumbers' metadata classes them): a helpline,
# not a person. 03 numbers stay flagged: a council worker's direct line is one ("ask for Gwyn on 0300 ...").
NOBODYS_LINE = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    }
)


def service_line(number: phonenumbers.PhoneNumber) -> bool:
    """Is NUMBER one no household has (freephone, shared cost, premium rate)?"""
    return phonenumbers.number_type(number) in NOBODYS_LINE


def service_line_in(words: str) -> bool:
    """Do WORDS, read as a labelled reference, hold a service's number ("rhif DAN 24/7, 0808 808 2234")?"""
    return ("08" in words or "09" in words) and any(
        m.raw_string[:1] in "0+" and service_line(m.number)  # as dialled: "9086410125" is a learner number
        for m in phonenumbers.PhoneNumberMatcher(words, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    )
