package de.itas.platform.networking.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.itas.platform.networking.ModerationViews.Action;
import de.itas.platform.networking.ReportCategory;

/**
 * The moderation forms in one bean (each form uses its own fields): a report, a decision with its statement of
 * reasons, an appeal and its decision, a watched word, a muting, a space and a member.
 */
public class ModerationForm {

	private @Nullable ReportCategory category;
	private @Nullable String reason;
	private @Nullable Action action;
	private @Nullable String rule;
	private @Nullable String facts;
	private @Nullable String text;
	private @Nullable String outcome;
	private @Nullable String reasons;
	private @Nullable String phrase;
	private de.itas.platform.networking.@Nullable WatchedWordAction wordAction;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate until;
	private @Nullable String title;
	private @Nullable String description;
	private boolean privateSpace;
	private @Nullable String email;

	public @Nullable ReportCategory getCategory() { return category; }
	public void setCategory(@Nullable ReportCategory category) { this.category = category; }
	public @Nullable String getReason() { return reason; }
	public void setReason(@Nullable String reason) { this.reason = reason; }
	public @Nullable Action getAction() { return action; }
	public void setAction(@Nullable Action action) { this.action = action; }
	public @Nullable String getRule() { return rule; }
	public void setRule(@Nullable String rule) { this.rule = rule; }
	public @Nullable String getFacts() { return facts; }
	public void setFacts(@Nullable String facts) { this.facts = facts; }
	public @Nullable String getText() { return text; }
	public void setText(@Nullable String text) { this.text = text; }
	public @Nullable String getOutcome() { return outcome; }
	public void setOutcome(@Nullable String outcome) { this.outcome = outcome; }
	public @Nullable String getReasons() { return reasons; }
	public void setReasons(@Nullable String reasons) { this.reasons = reasons; }
	public @Nullable String getPhrase() { return phrase; }
	public void setPhrase(@Nullable String phrase) { this.phrase = phrase; }
	public de.itas.platform.networking.@Nullable WatchedWordAction getWordAction() { return wordAction; }
	public void setWordAction(de.itas.platform.networking.@Nullable WatchedWordAction wordAction) { this.wordAction = wordAction; }
	public @Nullable LocalDate getUntil() { return until; }
	public void setUntil(@Nullable LocalDate until) { this.until = until; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public boolean isPrivateSpace() { return privateSpace; }
	public void setPrivateSpace(boolean privateSpace) { this.privateSpace = privateSpace; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }

}
