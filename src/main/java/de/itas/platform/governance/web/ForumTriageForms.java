package de.itas.platform.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;


/** The small forms of the triage: a new topic, inputs into a topic, a duplicate, links and a decision. */
final class ForumTriageForms {

	private ForumTriageForms() {
	}

	static class TopicForm {

		private String title = "";
		private String description = "";
		private String actionFieldCode = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getActionFieldCode() {
			return actionFieldCode;
		}

		public void setActionFieldCode(String actionFieldCode) {
			this.actionFieldCode = actionFieldCode;
		}

	}

	static class AssignForm {

		private List<UUID> inputs = new ArrayList<>();
		private @Nullable UUID topic;

		public List<UUID> getInputs() {
			return inputs;
		}

		public void setInputs(List<UUID> inputs) {
			this.inputs = inputs;
		}

		public @Nullable UUID getTopic() {
			return topic;
		}

		public void setTopic(@Nullable UUID topic) {
			this.topic = topic;
		}

	}

	static class DuplicateForm {

		private String original = "";

		public String getOriginal() {
			return original;
		}

		public void setOriginal(String original) {
			this.original = original;
		}

	}

	static class SectionForm {

		private String versionNumber = "";
		private @Nullable UUID section;

		public String getVersionNumber() {
			return versionNumber;
		}

		public void setVersionNumber(String versionNumber) {
			this.versionNumber = versionNumber;
		}

		public @Nullable UUID getSection() {
			return section;
		}

		public void setSection(@Nullable UUID section) {
			this.section = section;
		}

	}

	static class ProposalForm {

		private String proposal = "";

		public String getProposal() {
			return proposal;
		}

		public void setProposal(String proposal) {
			this.proposal = proposal;
		}

	}


}
