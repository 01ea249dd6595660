package de.itas.platform.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One cell of an aggregated table. A suppressed cell carries no figures at all.
 *
 * @param companies distinct companies behind the cell
 * @param needs open needs counted in the cell
 * @param employees employees affected by those needs
 * @param level 0–4, the cell's class on the heat map's colour scale (by companies); -1 when suppressed
 */
public record Figure(@Nullable Integer companies, @Nullable Integer needs, @Nullable Integer employees,
		boolean suppressed, int level) {

	static Figure hidden() {
		return new Figure(null, null, null, true, -1);
	}

}
