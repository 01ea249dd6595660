package de.itas.platform.portal.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.BarrierReport;

/** The barrier report form: the page, what went wrong, and optionally name and e-mail address. */
public class BarrierReportForm {

	private @Nullable String page;
	private @Nullable String description;
	private @Nullable String name;
	private @Nullable String email;

	BarrierReport toReport() {
		return new BarrierReport(page, description, name, email);
	}

	public @Nullable String getPage() {
		return page;
	}

	public void setPage(@Nullable String page) {
		this.page = page;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

}
