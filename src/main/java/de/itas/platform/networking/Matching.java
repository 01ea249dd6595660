package de.itas.platform.networking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.Tags;

/**
 * Which posts and company profiles fit a post, and why. Plain and explainable on purpose: every point of the score
 * comes with a reason the poster reads (a message key with its arguments), so a suggestion can always be checked
 * by a person.
 * <ul>
 * <li>Another post fits only when it is complementary: the same kind in the opposite direction (capacity offered
 * for capacity wanted, a succession offered for a takeover wanted). A company profile has no direction; it fits
 * when it shares capabilities or the industry.</li>
 * <li>Shared capabilities (compared as tags are, ignoring case) weigh most, then the same WZ class (or group), then
 * shared product groups, then nearness: the same district, or the distance between the districts' seats.</li>
 * <li>Never the post's own organisation; never a post that is expired, withdrawn or hidden.</li>
 * </ul>
 */
public final class Matching {

	static final int COMPLEMENTARY = 10;
	static final int PER_CAPABILITY = 6;
	static final int SAME_CLASS = 4;
	static final int SAME_GROUP = 2;
	static final int PER_PRODUCT_GROUP = 2;
	static final int SAME_DISTRICT = 4;

	/** A post as matching reads it. */
	public record Candidate(UUID id, UUID organisationId, PostKind kind, PostDirection direction, List<String> capabilities,
			Set<ProductGroup> productGroups, List<String> industryCodes, List<String> districts, LocalDate validUntil,
			boolean available) {
	}

	/** A company profile as the reader may see it (absent groups are empty). */
	public record CompanyCandidate(UUID organisationId, List<String> capabilities, Set<ProductGroup> productGroups,
			@Nullable String industryCode, @Nullable String districtCode) {
	}

	/** Why something fits: a message key of {@code networking.exchange.reason.*} and its arguments. */
	public record Reason(String key, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		public static Reason of(String key, Object... args) {
			return new Reason("networking.exchange.reason." + key, List.of(args));
		}

	}

	public enum MatchType {
		POST, COMPANY
	}

	/** One suggestion with its score (higher fits better) and every reason that adds to it. */
	public record Match(MatchType type, UUID id, UUID organisationId, int score, @Nullable Integer km, List<Reason> reasons) {

		public Match {
			reasons = List.copyOf(reasons);
		}

	}

	/** Distances between districts, in whole kilometres between their seats; empty when unknown. */
	interface Distances {

		OptionalInt km(String fromDistrict, String toDistrict);

	}

	private final Distances distances;
	private final LocalDate today;

	Matching(Distances distances, LocalDate today) {
		this.distances = distances;
		this.today = today;
	}

	/** Whether a post takes part in matching at all (active and visible). */
	boolean current(Candidate post) {
		return post.available() && !post.validUntil().isBefore(today);
	}

	/** The fitting posts and companies, best first. */
	List<Match> matches(Candidate post, Collection<Candidate> posts, Collection<CompanyCandidate> companies) {
		List<Match> found = new ArrayList<>();
		if (!current(post)) {
			return found;
		}
		for (Candidate other : posts) {
			if (other.id().equals(post.id()) || other.organisationId().equals(post.organisationId()) || !current(other)
					|| other.kind() != post.kind() || other.direction() != post.direction().opposite()) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			reasons.add(Reason.of(post.direction() == PostDirection.REQUEST ? "complementary-offer" : "complementary-request"));
			int score = COMPLEMENTARY + shared(post, other.capabilities(), other.productGroups(), other.industryCodes(), reasons);
			Integer km = nearness(post.districts(), other.districts(), reasons);
			score += nearnessScore(km);
			found.add(new Match(MatchType.POST, other.id(), other.organisationId(), score, km, reasons));
		}
		for (CompanyCandidate company : companies) {
			if (company.organisationId().equals(post.organisationId())) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			reasons.add(Reason.of("company"));
			int score = shared(post, company.capabilities(), company.productGroups(),
					company.industryCode() == null ? List.of() : List.of(company.industryCode()), reasons);
			boolean fits = reasons.stream()
				.anyMatch(reason -> reason.key().endsWith(".capabilities") || reason.key().endsWith(".industry-class")
						|| reason.key().endsWith(".industry-group"));
			if (!fits) {
				continue;
			}
			Integer km = company.districtCode() == null ? null
					: nearness(post.districts(), List.of(company.districtCode()), reasons);
			score += nearnessScore(km);
			found.add(new Match(MatchType.COMPANY, company.organisationId(), company.organisationId(), score, km, reasons));
		}
		found.sort(Comparator.comparingInt(Match::score)
			.reversed()
			.thenComparing(match -> match.km() == null ? Integer.MAX_VALUE : match.km())
			.thenComparing(match -> match.type())
			.thenComparing(match -> match.id().toString()));
		return found;
	}

	private int shared(Candidate post, List<String> capabilities, Set<ProductGroup> productGroups,
			List<String> industryCodes, List<Reason> reasons) {
		int score = 0;
		Set<String> theirs = new java.util.HashSet<>(capabilities.stream().map(Tags::key).toList());
		List<String> common = post.capabilities().stream().filter(tag -> theirs.contains(Tags.key(tag))).toList();
		if (!common.isEmpty()) {
			reasons.add(Reason.of("capabilities", String.join(", ", common)));
			score += PER_CAPABILITY * common.size();
		}
		Map<String, String> classes = new LinkedHashMap<>();
		Map<String, String> groups = new LinkedHashMap<>();
		for (String code : post.industryCodes()) {
			for (String other : industryCodes) {
				if (Objects.equals(industryClass(code), industryClass(other))) {
					classes.putIfAbsent(industryClass(code), code);
				}
				else if (Objects.equals(industryGroup(code), industryGroup(other))) {
					groups.putIfAbsent(industryGroup(code), code);
				}
			}
		}
		if (!classes.isEmpty()) {
			reasons.add(Reason.of("industry-class", String.join(", ", classes.keySet())));
			score += SAME_CLASS * classes.size();
		}
		groups.keySet().removeIf(group -> classes.keySet().stream().anyMatch(cls -> cls.startsWith(group)));
		if (!groups.isEmpty()) {
			reasons.add(Reason.of("industry-group", String.join(", ", groups.keySet())));
			score += SAME_GROUP * groups.size();
		}
		List<ProductGroup> commonGroups = post.productGroups()
			.stream()
			.filter(productGroups::contains)
			.sorted()
			.toList();
		if (!commonGroups.isEmpty()) {
			reasons.add(new Reason("networking.exchange.reason.product-groups", List.of(commonGroups)));
			score += PER_PRODUCT_GROUP * commonGroups.size();
		}
		return score;
	}

	/** The nearest pair of districts: 0 when they share one; adds the reason. */
	private @Nullable Integer nearness(List<String> ours, List<String> theirs, List<Reason> reasons) {
		for (String district : ours) {
			if (theirs.contains(district)) {
				reasons.add(Reason.of("same-district", new DistrictName(district)));
				return 0;
			}
		}
		Integer best = null;
		String from = null;
		String to = null;
		for (String a : ours) {
			for (String b : theirs) {
				OptionalInt km = distances.km(a, b);
				if (km.isPresent() && (best == null || km.getAsInt() < best)) {
					best = km.getAsInt();
					from = a;
					to = b;
				}
			}
		}
		if (best != null) {
			reasons.add(Reason.of("distance", best, new DistrictName(Objects.requireNonNull(to)),
					new DistrictName(Objects.requireNonNull(from))));
		}
		return best;
	}

	private static int nearnessScore(@Nullable Integer km) {
		if (km == null) {
			return 0;
		}
		if (km == 0) {
			return SAME_DISTRICT;
		}
		return km <= 30 ? 3 : km <= 60 ? 2 : km <= 100 ? 1 : 0;
	}

	/** The WZ class of a subclass ({@code 29.32} of {@code 29.32.0}). */
	static @Nullable String industryClass(String code) {
		return code.length() >= 5 ? code.substring(0, 5) : null;
	}

	/** The WZ group of a subclass ({@code 29.3} of {@code 29.32.0}). */
	static @Nullable String industryGroup(String code) {
		return code.length() >= 4 ? code.substring(0, 4) : null;
	}

	/** A district code in a reason, shown by its name. */
	public record DistrictName(String code) {
	}

}
