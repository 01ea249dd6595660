package de.itas.platform.skills.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import de.itas.platform.skills.MeloTitles;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * Writes what the finder answers for the MELO titles and the benchmark's queries, so that two versions of
 * the finder can be compared line by line (a change meant only to make it faster must not change a line).
 * Per query: the top 10 as the platform returns them (URI, rounded score, matched label, matched skills,
 * weak), the ranker's unrounded scores, and a checksum of every candidate's occupation and feature bits in
 * candidate order (what training sees). Arguments: ESCO directory, MELO directory, output file.
 */
public final class FinderRankingDump {

	private FinderRankingDump() {
	}

	public static void main(String[] args) {
		TaxonomyIndex index = TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.directory(Path.of(args[0]))).snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		List<String> queries = new ArrayList<>(MeloTitles.read(Path.of(args[1])).stream().map(MeloTitles.Title::text).toList());
		queries.addAll(SkillsBenchmark.ODD_QUERIES);
		queries.addAll(SkillsBenchmark.QUERIES);
		StringBuilder out = new StringBuilder();
		for (String query : queries) {
			out.append(query.replace('\t', ' ').replace('\n', ' ')).append('\n');
			for (OccupationMatch match : index.search(query, 10)) {
				out.append("  ").append(match.uri()).append(" | ").append(match.score()).append(" | ")
					.append(match.matchedLabel()).append(" | ").append(String.join(" ; ", match.matchedSkills()))
					.append(match.weak() ? " | weak" : "").append('\n');
			}
			out.append("  raw:");
			for (OccupationRanker.Hit hit : index.ranker().search(query, 10)) {
				out.append(' ').append(hit.occupation()).append('=').append(hit.score());
			}
			CRC32 crc = new CRC32();
			List<OccupationRanker.Candidate> candidates = index.ranker().candidates(query);
			for (OccupationRanker.Candidate candidate : candidates) {
				crc.update(candidate.occupation());
				for (float value : candidate.features()) {
					int bits = Float.floatToRawIntBits(value);
					crc.update(bits >>> 24);
					crc.update(bits >>> 16);
					crc.update(bits >>> 8);
					crc.update(bits);
				}
				crc.update(candidate.matchedLabel().getBytes(StandardCharsets.UTF_8));
			}
			out.append("\n  candidates: ").append(candidates.size()).append(", features crc ")
				.append(Long.toHexString(crc.getValue())).append('\n');
		}
		try {
			Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(queries.size() + " queries written to " + args[2]);
	}

}
