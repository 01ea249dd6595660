package de.itas.platform.region;

import java.time.Duration;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.modulith.NamedInterface;

/**
 * The region module's API: read the region's districts, partners, action fields and help desks, and
 * (for admins) change them. Every change names the version it was based on, so that two admins never
 * overwrite each other silently.
 * <p>
 * Region data is read on almost every page and changes rarely, so reads come from a snapshot that is
 * rebuilt after a change on this instance and at the latest after {@link #SNAPSHOT_TTL} (another
 * instance's change shows here within that time).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Region {

	static final Duration SNAPSHOT_TTL = Duration.ofSeconds(60);

	private final LoadingCache<Boolean, Snapshot> snapshot;

	private final DistrictRepository districts;
	private final PartnerRepository partners;
	private final ActionFieldRepository actionFields;
	private final HelpDeskRepository helpDesks;

	Region(DistrictRepository districts, PartnerRepository partners, ActionFieldRepository actionFields,
			HelpDeskRepository helpDesks) {
		this.districts = districts;
		this.partners = partners;
		this.actionFields = actionFields;
		this.helpDesks = helpDesks;
		this.snapshot = Caffeine.newBuilder().expireAfterWrite(SNAPSHOT_TTL).build(key -> loadSnapshot());
	}

	/** Everything the read methods answer from, built in one go. */
	private record Snapshot(List<DistrictSummary> districts, List<PartnerSummary> partners,
			List<ActionFieldSummary> actionFields, List<HelpDeskSummary> helpDesks) {
	}

	private Snapshot loadSnapshot() {
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
		return new Snapshot(districtList, partnerList,
				actionFields.findAllByOrderBySortOrderAsc().stream().map(field -> toSummary(field, partnersByCode)).toList(),
				helpDesks.findAllByOrderByNameAsc()
					.stream()
					.map(desk -> toSummary(desk, partnersByCode, districtsByCode))
					.toList());
	}

	private Snapshot current() {
		return snapshot.get(Boolean.TRUE);
	}

	/** Drops the snapshot once the changing transaction has committed, so no reader caches the old state. */
	private void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					snapshot.invalidateAll();
				}
			});
		}
		else {
			snapshot.invalidateAll();
		}
	}

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
