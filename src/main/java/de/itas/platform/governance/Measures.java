package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Projects and measures of the action fields: creating, editing and deleting them, their progress and status
 * with a comment (each change a timeline entry), their milestones and links. The rules: at most
 * {@link MeasureView#MAX_LEVEL} levels, children in their parent's action field, progress from 0 to 100 % typed in
 * only for measures in the entered mode, computed progress rolled up to every ancestor after each change (through
 * {@link ProgressRollup}). The leads of an action field edit only their field, the coordination every field (see
 * {@link SteeringAccess}); a measure of a field the person does not edit answers as not found.
 */
@Service
public class Measures {

	public static final int MAX_TITLE = 200;
	public static final int MAX_DESCRIPTION = 4000;
	public static final int MAX_CONTRACTORS = 2000;
	public static final int MAX_COMMENT = 2000;
	public static final int MAX_WEIGHT = 1000;
	public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");
	static final int MAX_LINK_TITLE = 300;
	static final int MAX_URL = 500;
	/** The search type of measures themselves: a measure links to other modules' items, not to measures. */
	public static final String MEASURE_KIND = "measure";
	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MeasureStore store;
	private final SteeringAccess access;
	private final Region region;
	private final Charter charter;
	private final SiteSearch search;

	Measures(MeasureStore store, SteeringAccess access, Region region, Charter charter, SiteSearch search) {
		this.store = store;
		this.access = access;
		this.region = region;
		this.charter = charter;
		this.search = search;
	}

	/** Everything shown about one measure. */
	public record Details(MeasureView measure, List<MeasureView> ancestors, List<MeasureView> children,
			List<MilestoneView> milestones, List<MeasureHistoryEntry> history, List<MeasureLink> links) {
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Optional<MeasureView> find(UUID id) {
		return store.find(id);
	}

	/** The measures of an action field as trees; with {@code publicOnly} only public ones under public parents. */
	@Transactional(readOnly = true)
	public List<MeasureNode> tree(String actionFieldCode, boolean publicOnly) {
		return MeasureNode.forest(store.ofField(actionFieldCode), measure -> !publicOnly || measure.isPublic());
	}

	/** Whether the measure and all its ancestors are public. */
	@Transactional(readOnly = true)
	public boolean publiclyVisible(MeasureView measure) {
		return measure.isPublic() && ancestors(measure).stream().allMatch(MeasureView::isPublic);
	}

	/**
	 * The measure as the person may see it: public measures for everybody, the others for those who edit their
	 * action field.
	 */
	@Transactional(readOnly = true)
	public Optional<Details> details(UUID id, @Nullable PlatformUser viewer) {
		return store.find(id)
			.filter(measure -> publiclyVisible(measure) || access.edits(viewer, measure.actionFieldCode()))
			.map(measure -> new Details(measure, ancestors(measure), store.children(id), store.milestones(id),
					store.history(id), store.links(id)));
	}

	/** The measure if the person edits its action field; else not found. */
	@Transactional(readOnly = true)
	public MeasureView editable(PlatformUser by, UUID id) {
		MeasureView measure = store.find(id).orElseThrow(NotFoundException::new);
		if (!access.edits(by, measure.actionFieldCode())) {
			throw new NotFoundException();
		}
		return measure;
	}

	/** The ancestors of a measure, the project first. */
	@Transactional(readOnly = true)
	public List<MeasureView> ancestors(MeasureView measure) {
		List<MeasureView> ancestors = new ArrayList<>();
		UUID parent = measure.parentId();
		while (parent != null) {
			MeasureView next = store.find(parent).orElseThrow();
			ancestors.add(0, next);
			parent = next.parentId();
		}
		return ancestors;
	}

	// ---- measures

	/**
	 * Creates a project ({@code parentId} null) or a measure under one, status „geplant“, progress 0, with a
	 * first timeline entry.
	 *
	 * @throws NotFoundException when the person does not edit the action field or the parent is unknown
	 * @throws FieldProblems for invalid details, a parent in another field or below the last level
	 */
	@Transactional
	public MeasureView create(PlatformUser by, String actionFieldCode, @Nullable UUID parentId, MeasureDraft draft,
			String comment) {
		if (region.actionField(actionFieldCode).isEmpty() || !access.edits(by, actionFieldCode)) {
			throw new NotFoundException();
		}
		MeasureView parent = parentId == null ? null : store.find(parentId).orElseThrow(NotFoundException::new);
		List<FieldProblem> problems = new ArrayList<>();
		int level = 1;
		if (parent != null) {
			if (!parent.actionFieldCode().equals(actionFieldCode)) {
				problems.add(FieldProblem.ofForm("governance.measure.parent.other-field"));
			}
			if (!parent.mayHaveChildren()) {
				problems.add(FieldProblem.ofForm("governance.measure.parent.too-deep", MeasureView.MAX_LEVEL));
			}
			level = parent.level() + 1;
		}
		problems.addAll(problems(draft, level));
		commentProblem(comment, false).ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		MeasureView created = store.insert(actionFieldCode, parent, draft, MeasureStatus.PLANNED, 0);
		store.addHistory(created.id(), by.id(), by.getDisplayName(), 0, MeasureStatus.PLANNED,
				comment == null ? "" : comment.strip());
		rollUpFrom(created, by, created.title());
		return store.find(created.id()).orElseThrow();
	}

	/**
	 * Changes a measure's details. A change of progress mode or weight recomputes the measure's and its
	 * ancestors' progress.
	 *
	 * @throws FieldProblems for invalid details or when somebody else changed the measure meanwhile
	 */
	@Transactional
	public MeasureView edit(PlatformUser by, UUID id, long basedOnVersion, MeasureDraft draft) {
		MeasureView measure = editable(by, id);
		FieldProblems.throwIfAny(problems(draft, measure.level()));
		if (!store.update(id, basedOnVersion, draft)) {
			throw stale();
		}
		MeasureView changed = store.find(id).orElseThrow();
		if (changed.progressMode().computed()) {
			int progress = ProgressRollup.ofMeasures(changed.progressMode(), store.children(id));
			if (progress != changed.progress()) {
				store.setState(id, null, changed.status(), progress);
				store.addHistory(id, by.id(), by.getDisplayName(), progress, changed.status(), "");
			}
		}
		if (changed.weight() != measure.weight() || changed.progressMode() != measure.progressMode()) {
			rollUpFrom(changed, by, changed.title());
		}
		return store.find(id).orElseThrow();
	}

	/**
	 * Sets progress and status with a comment (required). Progress is typed in only in the entered mode: from 0 to
	 * 100; in a computed mode it must be left out. Writes a timeline entry and rolls the progress up.
	 *
	 * @param progress {@code null} for a measure in a computed mode
	 * @throws FieldProblems on {@code progress}, {@code status}, {@code comment}, or form-wide when somebody else
	 *     changed the measure meanwhile
	 */
	@Transactional
	public MeasureView progress(PlatformUser by, UUID id, long basedOnVersion, @Nullable Integer progress,
			@Nullable MeasureStatus status, String comment) {
		MeasureView measure = editable(by, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (measure.progressMode().computed()) {
			if (progress != null && progress != measure.progress()) {
				problems.add(FieldProblem.of("progress", "governance.measure.progress.computed"));
			}
		}
		else if (progress == null) {
			problems.add(FieldProblem.of("progress", "governance.measure.progress.required"));
		}
		else if (progress < 0 || progress > 100) {
			problems.add(FieldProblem.of("progress", "governance.measure.progress.range"));
		}
		if (status == null) {
			problems.add(FieldProblem.of("status", "governance.measure.status.required"));
		}
		commentProblem(comment, true).ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		int newProgress = measure.progressMode().computed() || progress == null ? measure.progress() : progress;
		if (!store.setState(id, basedOnVersion, status, newProgress)) {
			throw stale();
		}
		store.addHistory(id, by.id(), by.getDisplayName(), newProgress, status, comment.strip());
		MeasureView changed = store.find(id).orElseThrow();
		rollUpFrom(changed, by, changed.title() + ": " + comment.strip());
		return changed;
	}

	/**
	 * Deletes a measure without children, with its milestones, timeline and links, and rolls the progress of its
	 * parent up again.
	 *
	 * @throws FieldProblems form-wide when it has children or somebody changed it meanwhile
	 */
	@Transactional
	public void delete(PlatformUser by, UUID id, long basedOnVersion) {
		MeasureView measure = editable(by, id);
		if (!store.children(id).isEmpty()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.measure.delete.has-children"));
		}
		if (!store.delete(id, basedOnVersion)) {
			throw stale();
		}
		if (measure.parentId() != null) {
			store.find(measure.parentId()).ifPresent(parent -> rollUp(parent, by, measure.title()));
		}
	}

	// ---- milestones

	/**
	 * Adds a milestone and notes it in the timeline.
	 *
	 * @throws FieldProblems on {@code title}, {@code dueOn}, {@code doneOn}
	 */
	@Transactional
	public MilestoneView addMilestone(PlatformUser by, UUID measureId, String title, @Nullable LocalDate dueOn,
			@Nullable LocalDate doneOn) {
		MeasureView measure = editable(by, measureId);
		FieldProblems.throwIfAny(milestoneProblems(title, dueOn));
		MilestoneView milestone = store.addMilestone(measureId, title.strip(), dueOn, doneOn);
		note(measure, by, milestone);
		return milestone;
	}

	/** Changes a milestone of the measure (e.g. marks it reached) and notes it in the timeline. */
	@Transactional
	public MilestoneView changeMilestone(PlatformUser by, UUID measureId, UUID milestoneId, String title,
			@Nullable LocalDate dueOn, @Nullable LocalDate doneOn) {
		MeasureView measure = editable(by, measureId);
		milestoneOf(measureId, milestoneId);
		FieldProblems.throwIfAny(milestoneProblems(title, dueOn));
		store.changeMilestone(milestoneId, title.strip(), dueOn, doneOn);
		MilestoneView milestone = store.milestone(milestoneId).orElseThrow();
		note(measure, by, milestone);
		return milestone;
	}

	@Transactional
	public void deleteMilestone(PlatformUser by, UUID measureId, UUID milestoneId) {
		MeasureView measure = editable(by, measureId);
		MilestoneView milestone = milestoneOf(measureId, milestoneId);
		store.deleteMilestone(milestoneId);
		store.addHistory(measureId, by.id(), by.getDisplayName(), measure.progress(), measure.status(),
				"− " + milestone.title());
	}

	private MilestoneView milestoneOf(UUID measureId, UUID milestoneId) {
		return store.milestone(milestoneId)
			.filter(milestone -> milestone.measureId().equals(measureId))
			.orElseThrow(NotFoundException::new);
	}

	private void note(MeasureView measure, PlatformUser by, MilestoneView milestone) {
		String when = milestone.doneOn() != null ? "✓ " + DAY.format(milestone.doneOn()) : "→ " + DAY.format(milestone.dueOn());
		store.addHistory(measure.id(), by.id(), by.getDisplayName(), measure.progress(), measure.status(),
				milestone.title() + " (" + when + ")");
	}

	private static List<FieldProblem> milestoneProblems(String title, @Nullable LocalDate dueOn) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(FieldProblem.of("title", "governance.milestone.title.required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "governance.milestone.title.too-long", MAX_TITLE));
		}
		if (dueOn == null) {
			problems.add(FieldProblem.of("dueOn", "governance.milestone.due.required"));
		}
		return problems;
	}

	// ---- links

	/**
	 * Links the measure to a section of the charter in force (or, before the first adoption, of the newest
	 * version): kept by the section's stable id, shown with its number and heading.
	 *
	 * @return whether a link was added (false: it was there already)
	 * @throws FieldProblems on {@code sectionId} when the section is not in that version
	 */
	@Transactional
	public boolean linkSection(PlatformUser by, UUID measureId, @Nullable UUID sectionId) {
		editable(by, measureId);
		VersionSummary version = charterVersion()
			.orElseThrow(() -> FieldProblems.of("sectionId", "governance.measure.link.section.unknown"));
		SectionView section = sectionId == null ? null : charter.section(version.id(), sectionId).orElse(null);
		if (section == null) {
			throw FieldProblems.of("sectionId", "governance.measure.link.section.unknown");
		}
		String anchor = charter.anchors().get(section.sectionId());
		String url = "/charta/" + version.number() + (anchor == null ? "" : "#" + anchor);
		return store.addLink(measureId, MeasureLink.CHARTER_SECTION, section.sectionId().toString(), url,
				section.number() + " " + section.heading());
	}

	/**
	 * Links the measure to an item the site search found: its kind (a search type), address and title as the
	 * search gave them.
	 *
	 * @throws FieldProblems form-wide for an unknown kind or an address outside the platform
	 */
	@Transactional
	public boolean linkItem(PlatformUser by, UUID measureId, String kind, String url, String title) {
		editable(by, measureId);
		boolean knownKind = search.types().stream().anyMatch(type -> type.type().equals(kind))
				&& !MeasureLink.CHARTER_SECTION.equals(kind) && !MEASURE_KIND.equals(kind);
		boolean internal = url != null && url.startsWith("/") && !url.startsWith("//") && !url.contains("\\")
				&& url.length() <= MAX_URL && url.chars().noneMatch(Character::isWhitespace);
		if (!knownKind || !internal || title == null || title.isBlank()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.measure.link.item.invalid"));
		}
		String shown = title.strip();
		return store.addLink(measureId, kind, null, url,
				shown.length() > MAX_LINK_TITLE ? shown.substring(0, MAX_LINK_TITLE) : shown);
	}

	@Transactional
	public void unlink(PlatformUser by, UUID measureId, UUID linkId) {
		editable(by, measureId);
		if (!store.removeLink(measureId, linkId)) {
			throw new NotFoundException();
		}
	}

	/** The charter version whose sections measures link to: the one in force, else the newest. */
	@Transactional(readOnly = true)
	public Optional<VersionSummary> charterVersion() {
		Optional<VersionSummary> current = charter.current();
		if (current.isPresent()) {
			return current;
		}
		List<VersionSummary> versions = charter.versions();
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	// ---- roll-up

	/** Recomputes the progress of the measure's ancestors in computed modes, nearest first. */
	private void rollUpFrom(MeasureView measure, PlatformUser by, String why) {
		if (measure.parentId() == null) {
			return;
		}
		store.find(measure.parentId()).ifPresent(parent -> rollUp(parent, by, why));
	}

	private void rollUp(MeasureView measure, PlatformUser by, String why) {
		if (measure.progressMode().computed()) {
			int progress = ProgressRollup.ofMeasures(measure.progressMode(), store.children(measure.id()));
			if (progress == measure.progress()) {
				return;
			}
			store.setState(measure.id(), null, measure.status(), progress);
			store.addHistory(measure.id(), by.id(), by.getDisplayName(), progress, measure.status(), why);
		}
		else {
			return;
		}
		rollUpFrom(measure, by, why);
	}

	// ---- validation

	private List<FieldProblem> problems(MeasureDraft draft, int level) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.title() == null || draft.title().isBlank()) {
			problems.add(FieldProblem.of("title", "governance.measure.title.required"));
		}
		else if (draft.title().strip().length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "governance.measure.title.too-long", MAX_TITLE));
		}
		if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "governance.measure.description.too-long", MAX_DESCRIPTION));
		}
		if (draft.leadPartnerCode() == null || draft.leadPartnerCode().isBlank()) {
			problems.add(FieldProblem.of("leadPartnerCode", "governance.measure.lead-partner.required"));
		}
		else if (region.partner(draft.leadPartnerCode()).isEmpty()) {
			problems.add(FieldProblem.of("leadPartnerCode", "governance.measure.lead-partner.unknown"));
		}
		if (draft.contractors() != null && draft.contractors().length() > MAX_CONTRACTORS) {
			problems.add(FieldProblem.of("contractors", "governance.measure.contractors.too-long", MAX_CONTRACTORS));
		}
		for (String district : draft.districtCodes()) {
			if (region.district(district).isEmpty()) {
				problems.add(FieldProblem.of("districtCodes", "governance.measure.districts.unknown"));
				break;
			}
		}
		if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			problems.add(FieldProblem.of("endsOn", "governance.measure.ends.before-start"));
		}
		BigDecimal budget = draft.budgetEuro();
		if (budget != null && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0 || budget.scale() > 2)) {
			problems.add(FieldProblem.of("budgetEuro", "governance.measure.budget.range"));
		}
		if (draft.weight() < 1 || draft.weight() > MAX_WEIGHT) {
			problems.add(FieldProblem.of("weight", "governance.measure.weight.range", MAX_WEIGHT));
		}
		if (draft.progressMode() == null) {
			problems.add(FieldProblem.of("progressMode", "governance.measure.progress-mode.required"));
		}
		else if (draft.progressMode().computed() && level >= MeasureView.MAX_LEVEL) {
			problems.add(FieldProblem.of("progressMode", "governance.measure.progress-mode.leaf", MeasureView.MAX_LEVEL));
		}
		return problems;
	}

	private static Optional<FieldProblem> commentProblem(@Nullable String comment, boolean required) {
		if (comment == null || comment.isBlank()) {
			return required ? Optional.of(FieldProblem.of("comment", "governance.measure.comment.required"))
					: Optional.empty();
		}
		if (comment.strip().length() > MAX_COMMENT) {
			return Optional.of(FieldProblem.of("comment", "governance.measure.comment.too-long", MAX_COMMENT));
		}
		return Optional.empty();
	}

	private static FieldProblems stale() {
		return new FieldProblems(FieldProblem.ofForm("governance.measure.stale"));
	}

}
