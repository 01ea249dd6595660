package de.itas.platform.governance.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.itas.platform.governance.Phase;

/** The coordination's forms for the charter (plain beans bound by Spring MVC). */
final class CharterForms {

	private CharterForms() {
	}

	/** The next version as a copy of an adopted one, or an imported one. */
	static class VersionForm {

		private @Nullable String base;
		private @Nullable String number;
		private @Nullable String title;
		private @Nullable Phase phase = Phase.CONSOLIDATION;
		private @Nullable String text;

		public @Nullable String getBase() {
			return base;
		}

		public void setBase(@Nullable String base) {
			this.base = base;
		}

		public @Nullable String getNumber() {
			return number;
		}

		public void setNumber(@Nullable String number) {
			this.number = number;
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable Phase getPhase() {
			return phase;
		}

		public void setPhase(@Nullable Phase phase) {
			this.phase = phase;
		}

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

	}

	/** A consultation period, in Europe/Berlin. */
	static class PeriodForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime to;

		public @Nullable LocalDateTime getFrom() {
			return from;
		}

		public void setFrom(@Nullable LocalDateTime from) {
			this.from = from;
		}

		public @Nullable LocalDateTime getTo() {
			return to;
		}

		public void setTo(@Nullable LocalDateTime to) {
			this.to = to;
		}

	}

	/** The day a version is adopted. */
	static class AdoptForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate on;

		private boolean confirmed;

		public @Nullable LocalDate getOn() {
			return on;
		}

		public void setOn(@Nullable LocalDate on) {
			this.on = on;
		}

		public boolean isConfirmed() {
			return confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

	}

	/** One section in the editor; {@code revision} is the one the editor started from. */
	static class SectionForm {

		private @Nullable String heading;
		private @Nullable String body;
		private int revision;
		private @Nullable String parent;
		private @Nullable String source;

		public @Nullable String getHeading() {
			return heading;
		}

		public void setHeading(@Nullable String heading) {
			this.heading = heading;
		}

		public @Nullable String getBody() {
			return body;
		}

		public void setBody(@Nullable String body) {
			this.body = body;
		}

		public int getRevision() {
			return revision;
		}

		public void setRevision(int revision) {
			this.revision = revision;
		}

		public @Nullable String getParent() {
			return parent;
		}

		public void setParent(@Nullable String parent) {
			this.parent = parent;
		}

		public @Nullable String getSource() {
			return source;
		}

		public void setSource(@Nullable String source) {
			this.source = source;
		}

	}

	/** A survey result named as a reason for a section. */
	static class CitationForm {

		private java.util.@Nullable UUID survey;
		private @Nullable String question;
		private @Nullable String finding;

		public java.util.@Nullable UUID getSurvey() {
			return survey;
		}

		public void setSurvey(java.util.@Nullable UUID survey) {
			this.survey = survey;
		}

		public @Nullable String getQuestion() {
			return question;
		}

		public void setQuestion(@Nullable String question) {
			this.question = question;
		}

		public @Nullable String getFinding() {
			return finding;
		}

		public void setFinding(@Nullable String finding) {
			this.finding = finding;
		}

	}

}
