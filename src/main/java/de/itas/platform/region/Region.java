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

/**
 * The region module's API: read the region's districts, partners, action fields and help desks, and
 * (for admins) change them. Every change names the version it was based on, so that two admins never
 * overwrite each other silently.
 */
@Service
@Transactional(readOnly = true)
public class Region {

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
	}

	public List<DistrictSummary> districts() {
		return districts.findAllByOrderBySortOrderAscNameAsc().stream().map(District::toSummary).toList();
	}

	public Optional<DistrictSummary> district(String code) {
		return districts.findById(code).map(District::toSummary);
	}

	public List<PartnerSummary> partners() {
		return partners.findAllByOrderBySortOrderAscNameAsc().stream().map(Partner::toSummary).toList();
	}

	public Optional<PartnerSummary> partner(String code) {
		return partners.findById(code).map(Partner::toSummary);
	}

	public List<ActionFieldSummary> actionFields() {
		Map<String, PartnerSummary> partnersByCode = partnersByCode();
		return actionFields.findAllByOrderBySortOrderAsc()
			.stream()
			.map(field -> toSummary(field, partnersByCode))
			.toList();
	}

	public Optional<ActionFieldSummary> actionField(String code) {
		return actionFields.findById(code).map(field -> toSummary(field, partnersByCode()));
	}

	/** Help desks, optionally only those in one district and/or of one partner. */
	public List<HelpDeskSummary> helpDesks(@Nullable String districtCode, @Nullable String partnerCode) {
		Map<String, PartnerSummary> partnersByCode = partnersByCode();
		Map<String, DistrictSummary> districtsByCode = districts().stream()
			.collect(Collectors.toMap(DistrictSummary::code, Function.identity()));
		return helpDesks.findAllByOrderByNameAsc()
			.stream()
			.filter(desk -> districtCode == null || districtCode.equals(desk.districtCode()))
			.filter(desk -> partnerCode == null || partnerCode.equals(desk.partnerCode()))
			.map(desk -> toSummary(desk, partnersByCode, districtsByCode))
			.toList();
	}

	public Optional<HelpDeskSummary> helpDesk(String code) {
		return helpDesks.findById(code)
			.map(desk -> toSummary(desk, partnersByCode(), districts().stream()
				.collect(Collectors.toMap(DistrictSummary::code, Function.identity()))));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeDistrict(String code, long basedOnVersion, String name, String seat, DistrictKind kind) {
		District district = districts.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, district.version(), code);
		district.change(name, seat, kind);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changePartner(String code, long basedOnVersion, PartnerDetails details) {
		Partner partner = partners.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, partner.version(), code);
		partner.change(details);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeActionField(String code, long basedOnVersion, ActionFieldDetails details) {
		ActionField field = actionFields.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, field.version(), code);
		requirePartner(details.leadPartnerCode());
		field.change(details);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeHelpDesk(String code, long basedOnVersion, HelpDeskDetails details) {
		HelpDesk desk = helpDesks.findById(code).orElseThrow(() -> new UnknownRegionRecordException(code));
		checkVersion(basedOnVersion, desk.version(), code);
		requirePartner(details.partnerCode());
		requireDistrict(details.districtCode());
		desk.change(details);
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

	private Map<String, PartnerSummary> partnersByCode() {
		return partners().stream().collect(Collectors.toMap(PartnerSummary::code, Function.identity()));
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
