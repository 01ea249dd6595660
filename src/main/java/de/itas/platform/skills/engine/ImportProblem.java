package de.itas.platform.skills.engine;

/** One reason an export is refused: the file, the physical line (1 is the header) and what is wrong. */
public record ImportProblem(String file, long line, String problem) {

	@Override
	public String toString() {
		return file + (line > 0 ? ", line " + line : "") + ": " + problem;
	}

}
