package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Builds a survey definition in code, for demo data, templates and tests: sections in order, questions in
 * order within them. Options are given as {@code „code=Label“}. Ids are new; {@link SurveyWriter#insert}
 * stores the result.
 */
public final class SurveyBuilder {

	private final UUID id = UUID.randomUUID();
	private final String slug;
	private final String title;
	private String intro = "";
	private SurveyAudience audience = SurveyAudience.PUBLIC;
	private @Nullable String audienceValue;
	private boolean anonymous = true;
	private @Nullable Instant opensAt;
	private @Nullable Instant closesAt;
	private boolean publishResults;
	private @Nullable String templateKey;
	private @Nullable SurveySubject subject;
	private UUID ownerId = new UUID(0, 0);
	private @Nullable UUID ownerOrganisation;
	private final List<SectionDraft> sections = new ArrayList<>();

	private SurveyBuilder(String slug, String title) {
		this.slug = slug;
		this.title = title;
	}

	public static SurveyBuilder survey(String slug, String title) {
		return new SurveyBuilder(slug, title);
	}

	public SurveyBuilder intro(String intro) {
		this.intro = intro;
		return this;
	}

	public SurveyBuilder audience(SurveyAudience audience, @Nullable String value) {
		this.audience = audience;
		this.audienceValue = value;
		return this;
	}

	public SurveyBuilder anonymous(boolean anonymous) {
		this.anonymous = anonymous;
		return this;
	}

	public SurveyBuilder period(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		return this;
	}

	public SurveyBuilder publishResults(boolean publish) {
		this.publishResults = publish;
		return this;
	}

	public SurveyBuilder template(String key) {
		this.templateKey = key;
		return this;
	}

	public SurveyBuilder subject(@Nullable SurveySubject subject) {
		this.subject = subject;
		return this;
	}

	public SurveyBuilder owner(UUID ownerId, @Nullable UUID organisation) {
		this.ownerId = ownerId;
		this.ownerOrganisation = organisation;
		return this;
	}

	/** Starts a new page; the questions added next belong to it. */
	public SurveyBuilder section(String title, String intro) {
		sections.add(new SectionDraft(UUID.randomUUID(), title, intro, new ArrayList<>()));
		return this;
	}

	/** Adds a question to the current page and returns it for its settings. */
	public QuestionDraft question(String code, QuestionKind kind, String text) {
		if (sections.isEmpty()) {
			section(title, "");
		}
		QuestionDraft question = new QuestionDraft(this, code, kind, text);
		sections.get(sections.size() - 1).questions().add(question);
		return question;
	}

	public SurveyDefinition build() {
		Map<String, UUID> ids = new HashMap<>();
		List<Section> built = new ArrayList<>();
		int sectionPosition = 0;
		for (SectionDraft section : sections) {
			List<Question> questions = new ArrayList<>();
			int position = 0;
			for (QuestionDraft draft : section.questions()) {
				UUID questionId = UUID.randomUUID();
				Condition condition = null;
				if (draft.conditionCode != null) {
					UUID earlier = ids.get(draft.conditionCode);
					if (earlier == null) {
						throw new IllegalArgumentException(draft.code + " depends on " + draft.conditionCode
								+ ", which is not an earlier question");
					}
					condition = new Condition(earlier, draft.conditionCode, draft.conditionValues);
				}
				questions.add(new Question(questionId, section.id(), position++, draft.code, draft.kind, draft.text,
						draft.help, draft.required, draft.dontKnow, draft.minChoices, draft.maxChoices, draft.scaleMin,
						draft.scaleMax, draft.scaleMinLabel, draft.scaleMaxLabel, draft.longText, draft.maxLength,
						draft.numberMin, draft.numberMax, draft.options, draft.rows, condition));
				ids.put(draft.code, questionId);
			}
			built.add(new Section(section.id(), sectionPosition++, section.title(), section.intro(), questions));
		}
		return new SurveyDefinition(id, id, 1, slug, title, intro, audience, audienceValue, anonymous, opensAt, closesAt,
				publishResults, templateKey, subject, ownerId, ownerOrganisation, Instant.EPOCH, built);
	}

	private record SectionDraft(UUID id, String title, String intro, List<QuestionDraft> questions) {
	}

	/** The settings of one question; {@link #and()} returns to the survey. */
	public static final class QuestionDraft {

		private final SurveyBuilder survey;
		private final String code;
		private final QuestionKind kind;
		private final String text;
		private String help = "";
		private boolean required = true;
		private boolean dontKnow;
		private @Nullable Integer minChoices;
		private @Nullable Integer maxChoices;
		private @Nullable Integer scaleMin;
		private @Nullable Integer scaleMax;
		private @Nullable String scaleMinLabel;
		private @Nullable String scaleMaxLabel;
		private boolean longText;
		private @Nullable Integer maxLength;
		private @Nullable BigDecimal numberMin;
		private @Nullable BigDecimal numberMax;
		private List<Choice> options = List.of();
		private List<Choice> rows = List.of();
		private @Nullable String conditionCode;
		private List<String> conditionValues = List.of();

		private QuestionDraft(SurveyBuilder survey, String code, QuestionKind kind, String text) {
			this.survey = survey;
			this.code = code;
			this.kind = kind;
			this.text = text;
		}

		public QuestionDraft help(String help) {
			this.help = help;
			return this;
		}

		public QuestionDraft optional() {
			this.required = false;
			return this;
		}

		public QuestionDraft dontKnow() {
			this.dontKnow = true;
			return this;
		}

		/** Options as {@code „code=Label“}. */
		public QuestionDraft options(String... options) {
			this.options = choices(options);
			return this;
		}

		/** Matrix rows as {@code „code=Label“}. */
		public QuestionDraft rows(String... rows) {
			this.rows = choices(rows);
			return this;
		}

		public QuestionDraft choices(@Nullable Integer min, @Nullable Integer max) {
			this.minChoices = min;
			this.maxChoices = max;
			return this;
		}

		public QuestionDraft scale(int min, int max, String minLabel, String maxLabel) {
			this.scaleMin = min;
			this.scaleMax = max;
			this.scaleMinLabel = minLabel;
			this.scaleMaxLabel = maxLabel;
			return this;
		}

		public QuestionDraft text(boolean longText, @Nullable Integer maxLength) {
			this.longText = longText;
			this.maxLength = maxLength;
			return this;
		}

		public QuestionDraft limits(@Nullable BigDecimal min, @Nullable BigDecimal max) {
			this.numberMin = min;
			this.numberMax = max;
			return this;
		}

		/** Shows the question only when the earlier question was answered with one of the values. */
		public QuestionDraft when(String questionCode, String... values) {
			this.conditionCode = questionCode;
			this.conditionValues = List.of(values);
			return this;
		}

		public SurveyBuilder and() {
			return survey;
		}

		private static List<Choice> choices(String... entries) {
			return Arrays.stream(entries).map(entry -> {
				int at = entry.indexOf('=');
				if (at < 1) {
					throw new IllegalArgumentException("Expected code=Label, got " + entry);
				}
				return new Choice(entry.substring(0, at), entry.substring(at + 1));
			}).toList();
		}

	}

}
