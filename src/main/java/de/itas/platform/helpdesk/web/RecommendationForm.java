package de.itas.platform.helpdesk.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.RecommendationDraft;
import de.itas.platform.helpdesk.RecommendationKind;
import de.itas.platform.helpdesk.RecommendationOption;

/**
 * The recommendation editor as typed: the options it offered, each picked or not and with a note, a content
 * link and the personal message. A refused form comes back with all of it.
 */
class RecommendationForm {

	/** The form field of the offered choices, where problems of the recommendation's items are shown. */
	static final String CHOICES = "choices";

	private String q = "";
	private String message = "";
	private List<Choice> choices = new ArrayList<>();
	private String contentTitle = "";
	private String contentUrl = "";
	private String contentNote = "";

	/** A fresh editor offering these options for the search text {@code q}. */
	static RecommendationForm offering(List<RecommendationOption> options, String q) {
		RecommendationForm form = new RecommendationForm();
		form.q = q;
		for (RecommendationOption option : options) {
			Choice choice = new Choice();
			choice.kind = option.kind();
			choice.reference = option.reference();
			choice.title = option.title();
			choice.url = option.url();
			form.choices.add(choice);
		}
		return form;
	}

	/** The picked options and, if an address was given, the content link. */
	RecommendationDraft toDraft() {
		List<RecommendationDraft.Item> items = new ArrayList<>();
		for (Choice choice : choices) {
			if (choice.picked && choice.kind != null && choice.reference != null) {
				items.add(new RecommendationDraft.Item(choice.kind, choice.reference, choice.title, choice.url,
						choice.note));
			}
		}
		if (!contentUrl.isBlank()) {
			items.add(new RecommendationDraft.Item(RecommendationKind.CONTENT, contentUrl.strip(), contentTitle, null,
					contentNote));
		}
		return new RecommendationDraft(message, items);
	}

	/** One offered option; kind, reference, title and address come back from the page as they were offered. */
	public static class Choice {

		private boolean picked;
		private @Nullable RecommendationKind kind;
		private @Nullable String reference;
		private @Nullable String title;
		private @Nullable String url;
		private @Nullable String note;

		public boolean isPicked() {
			return picked;
		}

		public void setPicked(boolean picked) {
			this.picked = picked;
		}

		public @Nullable RecommendationKind getKind() {
			return kind;
		}

		public void setKind(@Nullable RecommendationKind kind) {
			this.kind = kind;
		}

		public @Nullable String getReference() {
			return reference;
		}

		public void setReference(@Nullable String reference) {
			this.reference = reference;
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable String getUrl() {
			return url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public List<Choice> getChoices() {
		return choices;
	}

	public void setChoices(List<Choice> choices) {
		this.choices = choices;
	}

	public String getContentTitle() {
		return contentTitle;
	}

	public void setContentTitle(String contentTitle) {
		this.contentTitle = contentTitle;
	}

	public String getContentUrl() {
		return contentUrl;
	}

	public void setContentUrl(String contentUrl) {
		this.contentUrl = contentUrl;
	}

	public String getContentNote() {
		return contentNote;
	}

	public void setContentNote(String contentNote) {
		this.contentNote = contentNote;
	}

}
