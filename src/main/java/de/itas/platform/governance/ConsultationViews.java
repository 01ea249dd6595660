package de.itas.platform.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the consultation's pages show: comments, proposals, a section's discussion and a person's contributions. */
public final class ConsultationViews {

	private ConsultationViews() {
	}

	/**
	 * A comment as shown (plain text, escaped by the page).
	 *
	 * @param authorName only when the author agreed to be named
	 * @param versionNumber the version the comment was written on ("geschrieben zu Version 1.0")
	 * @param replies the answers (one level)
	 */
	public record CommentView(UUID id, String versionNumber, UUID sectionId, @Nullable UUID proposalId,
			@Nullable UUID parentId, @Nullable String authorName, @Nullable String passage, String body,
			Instant createdAt, List<CommentView> replies) {
	}

	/**
	 * A change proposal with the wording it was written for.
	 *
	 * @param proposedHtml the proposed wording rendered from Markdown and sanitised
	 * @param reasonHtml the reason rendered from Markdown and sanitised
	 * @param decision the coordination's decision, if there is one
	 * @param mergedIntoCode with a decision "merged": the code of the proposal that carries this one on
	 */
	public record ProposalView(UUID id, String code, UUID versionId, String versionNumber, UUID sectionId,
			String anchor, @Nullable String authorName, int baseRevision, String baseHeading, String baseBody,
			String proposedBody, String proposedHtml, String reason, String reasonHtml, Instant createdAt, int supports,
			@Nullable DecisionView decision, @Nullable String mergedIntoCode) {
	}

	/**
	 * The discussion of one section of a version.
	 *
	 * @param open whether contributions are accepted now
	 * @param carried comments written on the same section (or the sections it came from) in earlier versions,
	 *     read-only
	 */
	public record Discussion(VersionSummary version, SectionView section, String anchor, boolean open,
			List<CommentView> comments, List<CommentView> carried, List<ProposalView> proposals) {
	}

	/** Where a proposal led: a section of a version ({@code /charta/{versionNumber}#{anchor}}). */
	public record SectionLink(String versionNumber, String anchor, String heading) {
	}

	/**
	 * A proposal's page.
	 *
	 * @param current the section as it reads now in the proposal's version, if it is still there
	 * @param changed whether the section changed since the proposal was written
	 * @param diffHtml the proposal as word-level diff against the wording it was written for
	 * @param supportedByMe whether the current person supports it
	 */
	public record ProposalPage(ProposalView proposal, @Nullable SectionView current, boolean changed, String diffHtml,
			List<CommentView> replies, List<SectionLink> ledTo, boolean open, boolean supportedByMe) {
	}

	/** A person's own contributions ("Meine Beiträge"). */
	public record Mine(List<CommentView> comments, List<ProposalView> proposals) {
	}

	/**
	 * One line of the consideration table (Abwägungstabelle) of a version.
	 *
	 * @param kind message key of the contribution's kind
	 * @param link the contribution's page, if it has one
	 * @param section the number and heading of the section it affected, if known
	 * @param why the contributor's own reason (a proposal's), if any
	 */
	public record Consideration(String code, String kind, @Nullable String link, String text, @Nullable String why,
			@Nullable String authorName, @Nullable String section, @Nullable Outcome outcome, @Nullable String reason) {
	}

}
