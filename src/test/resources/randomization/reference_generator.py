#!/usr/bin/env python3
"""Independent re-implementation of BlockListGenerator (algorithm ecrf-blocks-sha256-ctr-v1).

It lets a statistician check a generated list outside the platform, and it produced the reference
values of BlockListGeneratorTest.reproducesTheReferenceListForAFixedSeed:
    python3 reference_generator.py   ->  STSTTSST and the fingerprint of the TOPIT list for site POT
"""
import hashlib
import struct

ALGORITHM = b"ecrf-blocks-sha256-ctr-v1"


class Stream:
    """SHA-256 in counter mode over (algorithm, 0x00, len(seed), seed, len(label), label, counter)."""

    def __init__(self, seed, label):
        label = label.encode("utf-8")
        self.prefix = (ALGORITHM + b"\x00" + struct.pack(">i", len(seed)) + seed
                       + struct.pack(">i", len(label)) + label)
        self.counter = 0
        self.numbers = []

    def raw(self):
        if not self.numbers:
            block = hashlib.sha256(self.prefix + struct.pack(">q", self.counter)).digest()
            self.counter += 1
            self.numbers = [struct.unpack(">I", block[i:i + 4])[0] for i in range(0, 32, 4)]
        return self.numbers.pop(0)

    def below(self, bound):
        """Uniform in [0, bound) by rejection sampling."""
        limit = 2 ** 32 - (2 ** 32) % bound
        while True:
            value = self.raw()
            if value < limit:
                return value % bound


def stratum_slots(seed, stratum_key, count, arms, block_sizes):
    stream = Stream(seed, stratum_key)
    ratio_sum = sum(weight for _, weight in arms)
    slots, block_number = [], 0
    while len(slots) < count:
        block_number += 1
        size = sorted(block_sizes)[stream.below(len(block_sizes))]
        block = [code for code, weight in arms for _ in range(size // ratio_sum * weight)]
        for i in range(len(block) - 1, 0, -1):
            j = stream.below(i + 1)
            block[i], block[j] = block[j], block[i]
        first = len(slots) + 1
        slots.extend([(first + k, block_number, size, arm) for k, arm in enumerate(block)])
    return slots


if __name__ == "__main__":
    seed = struct.pack(">q", 42)
    arms = [("TDM", 1), ("STANDARD", 1)]
    csv = "DIAGNOSIS,SITE,SEQUENCE,BLOCK,BLOCK_SIZE,ARM\n"
    for diagnosis in ["CD", "UC"]:
        slots = stratum_slots(seed, f"DIAGNOSIS={diagnosis};SITE=POT", 8, arms, [2, 4])
        if diagnosis == "CD":
            print("".join(arm[0] for *_, arm in slots))
        csv += "".join(f"{diagnosis},POT,{s},{b},{z},{a}\n" for s, b, z, a in slots)
    configuration = "arms=TDM:1,STANDARD:1;blockSizes=2,4;factors=DIAGNOSIS(CD,UC),SITE(POT)\n"
    print(hashlib.sha256((configuration + csv).encode("utf-8")).hexdigest())
