package de.itas.platform.funding;

import java.util.List;

/** The calculator's answer: every programme it knows, eligible or not, in the order of the data file. */
public record FundingResult(List<ProgrammeResult> programmes) {
}
