package de.itas.platform.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

import de.itas.platform.shared.cache.ChangeCounters;

/**
 * The region module's API: read the region's districts, partners, action fields and help desks, and
 * (for admins) change them. Every change names the version it was based on, so that two admins never
 * overwrite each other silently.
 * <p>
 * Region data is read on almost every page and changes rarely, so reads come from a snapshot of this
 * instance that is rebuilt when the change counter {@link #COUNTER} has moved: at once after a change on this
 * instance, within about a second after another instance's change ({@link ChangeCounters}).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Region {

	/** The change counter of region data, raised by every change of a district, partner, action field or help desk. */
	public static final String COUNTER = "region";

	private volatile @Nullable Snapshot snapshot;

	private final ChangeCounters counters;

	private final DistrictRepository districts;
	private final PartnerRepository partners;
	private final ActionFieldRepository actionFields;
	private final HelpDeskRepository helpDesks;

	Region(DistrictRepository districts, PartnerRepository partners, ActionFieldRepository actionFields,
			HelpDeskRepository helpDesks, ChangeCounters counters) {
		this.counters = counters;
		this.districts = districts;
		this.partners = partners;
		this.actionFields = actionFields;
		this.helpDesks = helpDesks;
	}

	/** Everything the read methods answer from, built in one go. */
	private record Snapshot(long version, List<DistrictSummary> districts, List<PartnerSummary> partners,
			List<ActionFieldSummary> actionFields, List<HelpDeskSummary> helpDesks) {
	}

	private Snapshot loadSnapshot(long version) {
		List<DistrictSummary> districtList = districts.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.map(District::toSummary)
			.toList();
		List<PartnerSummary> partnerList = partners.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.map(Partner::toSummary)
			.toList();
		Map<String, PartnerSummary> partnersByCode = partnerList.stream()
			.collect(Collectors.toMap(PartnerSummary::code, Function.identity()));
		Map<String, DistrictSummary> districtsByCode = districtList.stream()
			.collect(Collectors.toMap(DistrictSummary::code, Function.identity()));
		return new Snapshot(version, districtList, partnerList,
				actionFields.findAllByOrderBySortOrderAsc().stream().map(field -> toSummary(field, partnersByCode)).toList(),
				helpDesks.findAllByOrderByNameAsc()
					.stream()
					.map(desk -> toSummary(desk, partnersByCode, districtsByCode))
					.toList());
	}

	/**
	 * The snapshot of the current counter. The counter is read before the data, so a change committed in
	 * between makes the snapshot newer than its version, never older: the next read rebuilds it once more.
	 */
	private Snapshot current() {
		long version = counters.version(COUNTER);
		Snapshot current = snapshot;
		if (current == null || current.version() != version) {
			current = loadSnapshot(version);
			snapshot = current;
		}
		return current;
	}

	/** Raises the counter in the changing transaction, so every instance rebuilds its snapshot after the commit. */
	private void refreshAfterCommit() {
		counters.changed(COUNTER);
	}

	/** The districts; the same list object until the region's data change (callers may cache what they derive). */
	public List<DistrictSummary> districts() {
		return current().districts();
	}

	public Optional<DistrictSummary> district(String code) {
		return current().districts().stream().filter(district -> district.code().equals(code)).findFirst();
	}

	public List<PartnerSummary> partners() {
		return current().partners();
	}

	public Optional<PartnerSummary> partner(String code) {
		return current().partners().stream().filter(partner -> partner.code().equals(code)).findFirst();
	}

	public List<ActionFieldSummary> actionFields() {
		return current().actionFields();
	}

	public Optional<ActionFieldSummary> actionField(String code) {
		return current().actionFields().stream().filter(field -> field.code().equals(code)).findFirst();
	}

	/** Help desks, optionally only those in one district and/or of one partner. */
	public List<HelpDeskSummary> helpDesks(@Nullable String districtCode, @Nullable String partnerCode) {
		return current().helpDesks()
			.stream()
			.filter(desk -> districtCode == null || districtCode.equals(desk.district().code()))
			.filter(desk -> partnerCode == null || partnerCode.equals(desk.partner().code()))
			.toList();
	}

	public Optional<HelpDeskSummary> helpDesk(String code) {
		return current().helpDesks().stream().filter(desk -> desk.code().equals(code)).findFirst();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeDistrict(String code, long basedOnVersion, String name, String seat, DistrictKind kind) {
		District district = districts.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, district.version(), code);
		district.change(name, seat, kind);
		refreshAfterCommit();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changePartner(String code, long basedOnVersion, PartnerDetails details) {
		Partner partner = partners.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, partner.version(), code);
		partner.change(details);
		refreshAfterCommit();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeActionField(String code, long basedOnVersion, ActionFieldDetails details) {
		ActionField field = actionFields.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, field.version(), code);
		requirePartner(details.leadPartnerCode());
		field.change(details);
		refreshAfterCommit();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeHelpDesk(String code, long basedOnVersion, HelpDeskDetails details) {
		HelpDesk desk = helpDesks.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, desk.version(), code);
		requirePartner(details.partnerCode());
		requireDistrict(details.districtCode());
		desk.change(details);
		refreshAfterCommit();
	}

	private void requirePartner(String code) {
		if (!partners.existsById(code)) {
			throw new UnknownRegionRecordException(code);
		}
	}

	private void requireDistrict(String code) {
		if (!districts.existsById(code)) {
			throw new UnknownRegionRecordException(code);
		}
	}

	private static void checkVersion(long basedOn, long current, String code) {
		if (basedOn != current) {
			throw new OptimisticLockingFailureException("Region record " + code + " was changed meanwhile");
		}
	}

	private static ActionFieldSummary toSummary(ActionField field, Map<String, PartnerSummary> partnersByCode) {
		ActionFieldDetails details = field.details();
		return new ActionFieldSummary(field.code(), details, partnersByCode.get(details.leadPartnerCode()),
				field.version());
	}

	private static HelpDeskSummary toSummary(HelpDesk desk, Map<String, PartnerSummary> partnersByCode,
			Map<String, DistrictSummary> districtsByCode) {
		return new HelpDeskSummary(desk.code(), desk.details(), partnersByCode.get(desk.partnerCode()),
				districtsByCode.get(desk.districtCode()), desk.version());
	}

}
