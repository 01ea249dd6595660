package de.itas.platform.governance.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.CardRow;
import de.itas.platform.governance.InputKind;

/** A batch of paper cards as typed: one row per card; rows left empty are ignored. */
class ForumBatchForm {

	/** Empty rows of a new batch and added by "more rows". */
	static final int ROWS = 10;

	private List<Row> rows = new ArrayList<>();

	static ForumBatchForm empty() {
		ForumBatchForm form = new ForumBatchForm();
		form.addRows();
		return form;
	}

	void addRows() {
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Row());
		}
	}

	List<CardRow> toRows() {
		return rows.stream().map(row -> new CardRow(row.code, row.kind, row.body, row.actionFieldCode)).toList();
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One card. */
	public static class Row {

		private String code = "";
		private @Nullable InputKind kind;
		private String body = "";
		private String actionFieldCode = "";

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public @Nullable InputKind getKind() {
			return kind;
		}

		public void setKind(@Nullable InputKind kind) {
			this.kind = kind;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getActionFieldCode() {
			return actionFieldCode;
		}

		public void setActionFieldCode(String actionFieldCode) {
			this.actionFieldCode = actionFieldCode;
		}

	}

}
