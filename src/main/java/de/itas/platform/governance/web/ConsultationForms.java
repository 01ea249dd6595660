package de.itas.platform.governance.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;


/** The consultation's forms as typed. */
final class ConsultationForms {

	private ConsultationForms() {
	}

	/** A comment on a section or a passage of it, or an answer to a comment. */
	static class CommentForm {

		private String passage = "";
		private String body = "";
		private boolean showName;
		private @Nullable UUID replyTo;

		public String getPassage() {
			return passage;
		}

		public void setPassage(String passage) {
			this.passage = passage;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public boolean isShowName() {
			return showName;
		}

		public void setShowName(boolean showName) {
			this.showName = showName;
		}

		public @Nullable UUID getReplyTo() {
			return replyTo;
		}

		public void setReplyTo(@Nullable UUID replyTo) {
			this.replyTo = replyTo;
		}

	}

	/** A change proposal: the new wording and why. */
	static class ProposalForm {

		private String proposedBody = "";
		private String reason = "";
		private boolean named;

		public String getProposedBody() {
			return proposedBody;
		}

		public void setProposedBody(String proposedBody) {
			this.proposedBody = proposedBody;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public boolean isNamed() {
			return named;
		}

		public void setNamed(boolean named) {
			this.named = named;
		}

	}

	/** An answer to a proposal. */
	static class ReplyForm {

		private String replyBody = "";
		private boolean replyNamed;

		public String getReplyBody() {
			return replyBody;
		}

		public void setReplyBody(String replyBody) {
			this.replyBody = replyBody;
		}

		public boolean isReplyNamed() {
			return replyNamed;
		}

		public void setReplyNamed(boolean replyNamed) {
			this.replyNamed = replyNamed;
		}

	}

	/** The coordination's decision on a proposal. */
	static class ProposalDecisionForm extends DecisionForm {

		private String mergedInto = "";

		public String getMergedInto() {
			return mergedInto;
		}

		public void setMergedInto(String mergedInto) {
			this.mergedInto = mergedInto;
		}

	}

	/** Linking an adopted proposal to its section in a draft. */
	static class LinkForm {

		private String draft = "";

		public String getDraft() {
			return draft;
		}

		public void setDraft(String draft) {
			this.draft = draft;
		}

	}

}
