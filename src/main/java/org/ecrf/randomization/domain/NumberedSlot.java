package org.ecrf.randomization.domain;

/** A slot with the line (or position) it was read from, for precise problem reports. */
record NumberedSlot(int line, AllocationSlot slot) {}
