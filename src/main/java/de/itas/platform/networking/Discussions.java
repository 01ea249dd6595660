package de.itas.platform.networking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.networking.DiscussionViews.Participant;
import de.itas.platform.networking.DiscussionViews.PostView;
import de.itas.platform.networking.DiscussionViews.Posted;
import de.itas.platform.networking.DiscussionViews.SpaceKind;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.networking.DiscussionViews.ThreadView;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * Discussion spaces, threads and posts. Public spaces are read by everybody and written by signed-in people;
 * a private space exists only for its members and the moderators (everybody else gets a 404). A post passes the
 * watched words before it is saved; a held or hidden post reaches only its author and the moderators, and
 * nobody is notified of it until it is shown.
 */
@Service
@Transactional(readOnly = true)
public class Discussions {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 10000;

	/** Posts of a thread per page. */
	public static final int POSTS_PER_PAGE = 20;

	/** Threads of a space per page. */
	public static final int THREADS_PER_PAGE = 20;

	private final JdbcClient jdbc;
	private final ModerationStore moderation;
	private final Notifications notifications;
	private final Region region;
	private final UserDetailsService users;
	private final Accounts accounts;
	private final Clock clock;

	Discussions(JdbcClient jdbc, ModerationStore moderation, Notifications notifications, Region region,
			UserDetailsService users, Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.moderation = moderation;
		this.notifications = notifications;
		this.region = region;
		this.users = users;
		this.clock = clock;
	}

	// ---- spaces

	private static final String SPACE_SELECT = "SELECT s.*, (SELECT count(*) FROM networking.discussion_thread t "
			+ "WHERE t.space_id = s.id) AS threads, (SELECT max(t.last_post_at) FROM networking.discussion_thread t "
			+ "WHERE t.space_id = s.id) AS last_post_at FROM networking.discussion_space s ";

	/** One space per action field of the region, created when missing (on every start, so new fields get one). */
	@Transactional
	public void ensureActionFieldSpaces() {
		for (ActionFieldSummary field : region.actionFields()) {
			String slug = slug(field.name().de());
			jdbc.sql("INSERT INTO networking.discussion_space (id, slug, kind, action_field_code, title, description, "
					+ "created_at) SELECT ?, ?, 'ACTION_FIELD', ?, ?, '', ? WHERE NOT EXISTS (SELECT 1 FROM "
					+ "networking.discussion_space WHERE action_field_code = ? OR slug = ?)")
				.params(UUID.randomUUID(), slug, field.code(), field.name().de(), Timestamp.from(clock.instant()),
						field.code(), slug)
				.update();
		}
	}

	/** The spaces the viewer may see: public ones, and private ones they belong to (moderators see all). */
	public List<SpaceView> spaces() {
		PlatformUser viewer = CurrentUser.get().orElse(null);
		boolean all = ModerationStore.isModerator();
		return jdbc.sql(SPACE_SELECT + "WHERE s.kind <> 'PRIVATE' OR CAST(? AS BOOLEAN) OR EXISTS (SELECT 1 FROM "
				+ "networking.discussion_space_member m WHERE m.space_id = s.id AND m.account_id = CAST(? AS UUID)) "
				+ "ORDER BY CASE s.kind WHEN 'ACTION_FIELD' THEN 0 WHEN 'TOPIC' THEN 1 ELSE 2 END, s.title")
			.params(all, viewer == null ? null : viewer.id())
			.query(Discussions::space)
			.list();
	}

	/** The space, if the viewer may know it exists; a 404 otherwise. */
	public SpaceView space(String slug) {
		SpaceView space = jdbc.sql(SPACE_SELECT + "WHERE s.slug = ?")
			.param(slug)
			.query(Discussions::space)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (space.isPrivate() && !mayRead(space.id())) {
			throw new NotFoundException();
		}
		return space;
	}

	boolean mayRead(UUID spaceId) {
		String kind = jdbc.sql("SELECT kind FROM networking.discussion_space WHERE id = ?").param(spaceId)
			.query(String.class).single();
		if (!"PRIVATE".equals(kind) || ModerationStore.isModerator()) {
			return true;
		}
		return CurrentUser.get().map(user -> isMember(spaceId, user.id())).orElse(false);
	}

	private boolean isMember(UUID spaceId, UUID person) {
		return jdbc.sql("SELECT count(*) FROM networking.discussion_space_member WHERE space_id = ? AND account_id = ?")
			.params(spaceId, person).query(Long.class).single() > 0;
	}

	/**
	 * Creates a topic or private space (moderators only).
	 *
	 * @throws FieldProblems on {@code title}, {@code description}
	 */
	@Transactional
	public SpaceView createSpace(SpaceKind kind, @Nullable String title, @Nullable String description) {
		requireModerator();
		String text = strip(title);
		List<FieldProblem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("title", "networking.discussions.space.title.required"));
		}
		else if (text.length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "networking.discussions.space.title.too-long", MAX_TITLE));
		}
		if (strip(description).length() > 2000) {
			problems.add(FieldProblem.of("description", "networking.discussions.space.description.too-long", 2000));
		}
		FieldProblems.throwIfAny(problems);
		String base = slug(text);
		String slug = base;
		for (int n = 2; jdbc.sql("SELECT count(*) FROM networking.discussion_space WHERE slug = ?").param(slug)
			.query(Long.class).single() > 0; n++) {
			slug = base + "-" + n;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO networking.discussion_space (id, slug, kind, title, description, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, slug, kind == SpaceKind.ACTION_FIELD ? SpaceKind.TOPIC.name() : kind.name(), text,
					strip(description), Timestamp.from(clock.instant()))
			.update();
		moderation.log("SPACE_CREATED", null, id, null, text);
		return space(slug);
	}

	/** The members of a private space, by name. */
	public List<Participant> members(String slug) {
		SpaceView space = space(slug);
		requireModerator();
		return jdbc.sql("SELECT account_id FROM networking.discussion_space_member WHERE space_id = ?")
			.param(space.id()).query(UUID.class).list().stream()
			.map(id -> new Participant(id, name(id)))
			.sorted(java.util.Comparator.comparing(Participant::name))
			.toList();
	}

	/**
	 * Adds the person with this address to a private space (moderators only).
	 *
	 * @throws FieldProblems on {@code email} when nobody has that address
	 */
	@Transactional
	public void addMember(String slug, @Nullable String email) {
		SpaceView space = space(slug);
		requireModerator();
		PlatformUser person = userByEmail(strip(email))
			.orElseThrow(() -> FieldProblems.of("email", "networking.discussions.members.unknown"));
		jdbc.sql("INSERT INTO networking.discussion_space_member (space_id, account_id) VALUES (?, ?) "
				+ "ON CONFLICT DO NOTHING").params(space.id(), person.id()).update();
		moderation.log("MEMBER_ADDED", null, space.id(), person.id(), space.title());
	}

	@Transactional
	public void removeMember(String slug, UUID person) {
		SpaceView space = space(slug);
		requireModerator();
		jdbc.sql("DELETE FROM networking.discussion_space_member WHERE space_id = ? AND account_id = ?")
			.params(space.id(), person).update();
		moderation.log("MEMBER_REMOVED", null, space.id(), person, space.title());
	}

	Optional<PlatformUser> userByEmail(String email) {
		if (email.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of((PlatformUser) users.loadUserByUsername(email));
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	// ---- threads

	private static final String THREAD_SELECT = "SELECT t.*, (SELECT count(*) FROM networking.discussion_post p "
			+ "WHERE p.thread_id = t.id AND NOT p.hidden AND NOT p.held) AS posts, (SELECT p.author_name FROM "
			+ "networking.discussion_post p WHERE p.thread_id = t.id ORDER BY p.created_at LIMIT 1) AS started_by "
			+ "FROM networking.discussion_thread t ";

	/** The space's threads with at least one visible post (or one of the viewer's own), latest activity first. */
	public PageOf<ThreadView> threads(SpaceView space, int page) {
		String visible = "EXISTS (SELECT 1 FROM networking.discussion_post p WHERE p.thread_id = t.id AND "
				+ "((NOT p.hidden AND NOT p.held) OR CAST(:moderator AS BOOLEAN) OR p.author_id = CAST(:viewer AS UUID)))";
		UUID viewer = CurrentUser.get().map(PlatformUser::id).orElse(null);
		boolean moderator = ModerationStore.isModerator();
		long total = jdbc.sql("SELECT count(*) FROM networking.discussion_thread t WHERE t.space_id = :space AND " + visible)
			.param("space", space.id()).param("moderator", moderator).param("viewer", viewer)
			.query(Long.class).single();
		int shown = PageOf.clamp(page, THREADS_PER_PAGE, total);
		List<ThreadView> items = jdbc.sql(THREAD_SELECT + "WHERE t.space_id = :space AND " + visible
				+ " ORDER BY t.last_post_at DESC, t.id LIMIT :size OFFSET :offset")
			.param("space", space.id()).param("moderator", moderator).param("viewer", viewer)
			.param("size", THREADS_PER_PAGE).param("offset", (long) shown * THREADS_PER_PAGE)
			.query(Discussions::thread)
			.list();
		return new PageOf<>(items, shown, THREADS_PER_PAGE, total);
	}

	/** The thread of the space; a 404 for another space's thread or one the viewer may not see. */
	public ThreadView thread(SpaceView space, UUID threadId) {
		ThreadView thread = jdbc.sql(THREAD_SELECT + "WHERE t.id = ? AND t.space_id = ?")
			.params(threadId, space.id())
			.query(Discussions::thread)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (thread.posts() == 0 && !ModerationStore.isModerator() && CurrentUser.get()
			.map(user -> jdbc.sql("SELECT count(*) FROM networking.discussion_post WHERE thread_id = ? AND author_id = ?")
				.params(threadId, user.id()).query(Long.class).single() == 0)
			.orElse(true)) {
			throw new NotFoundException();
		}
		return thread;
	}

	/** The thread's posts the viewer may see, oldest first. */
	public PageOf<PostView> posts(ThreadView thread, int page) {
		UUID viewer = CurrentUser.get().map(PlatformUser::id).orElse(null);
		boolean moderator = ModerationStore.isModerator();
		String where = " WHERE p.thread_id = :thread AND ((NOT p.hidden AND NOT p.held) OR CAST(:moderator AS BOOLEAN) "
				+ "OR p.author_id = CAST(:viewer AS UUID))";
		long total = jdbc.sql("SELECT count(*) FROM networking.discussion_post p" + where)
			.param("thread", thread.id()).param("moderator", moderator).param("viewer", viewer)
			.query(Long.class).single();
		int shown = PageOf.clamp(page, POSTS_PER_PAGE, total);
		List<PostView> items = jdbc.sql("SELECT p.* FROM networking.discussion_post p" + where
				+ " ORDER BY p.created_at, p.id LIMIT :size OFFSET :offset")
			.param("thread", thread.id()).param("moderator", moderator).param("viewer", viewer)
			.param("size", POSTS_PER_PAGE).param("offset", (long) shown * POSTS_PER_PAGE)
			.query((rs, n) -> post(rs, viewer))
			.list();
		return new PageOf<>(items, shown, POSTS_PER_PAGE, total);
	}

	/** The page of the thread that holds the post (for links to it). */
	int pageOf(UUID postId) {
		return jdbc.sql("SELECT count(*) FROM networking.discussion_post p JOIN networking.discussion_post q "
				+ "ON q.thread_id = p.thread_id AND (q.created_at, q.id) < (p.created_at, p.id) "
				+ "AND NOT q.hidden AND NOT q.held WHERE p.id = ?")
			.param(postId).query(Long.class).single().intValue() / POSTS_PER_PAGE;
	}

	/** One post as the viewer sees it, if they may. */
	public Optional<PostView> post(UUID postId) {
		UUID viewer = CurrentUser.get().map(PlatformUser::id).orElse(null);
		return jdbc.sql("SELECT p.* FROM networking.discussion_post p WHERE p.id = ?")
			.param(postId)
			.query((rs, n) -> post(rs, viewer))
			.optional()
			.filter(post -> (!post.hidden() && !post.held()) || post.mine() || ModerationStore.isModerator());
	}

	/** The address of the post's thread page with the post's anchor. */
	public Optional<String> postPath(UUID postId) {
		return path(postId);
	}

	Optional<String> path(UUID postId) {
		return jdbc.sql("SELECT s.slug, t.id FROM networking.discussion_post p JOIN networking.discussion_thread t "
				+ "ON t.id = p.thread_id JOIN networking.discussion_space s ON s.id = t.space_id WHERE p.id = ?")
			.param(postId)
			.query((rs, n) -> "/diskussionen/" + rs.getString("slug") + "/" + rs.getObject("id", UUID.class))
			.optional()
			.map(path -> {
				int page = pageOf(postId);
				return path + (page > 0 ? "?seite=" + (page + 1) : "") + "#beitrag-" + postId;
			});
	}

	// ---- writing

	/**
	 * Starts a thread with its first post as the signed-in person, who then follows it.
	 *
	 * @throws FieldProblems on {@code title}, {@code body}, {@code mentions}
	 */
	@Transactional
	public Posted startThread(String slug, @Nullable String title, @Nullable String body, Collection<UUID> mentions) {
		SpaceView space = space(slug);
		PlatformUser author = CurrentUser.get().orElseThrow(NotFoundException::new);
		moderation.refuseIfMuted(author.id(), null);
		List<FieldProblem> problems = new ArrayList<>();
		String text = strip(title);
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("title", "networking.discussions.thread.title.required"));
		}
		else if (text.length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "networking.discussions.thread.title.too-long", MAX_TITLE));
		}
		bodyProblems(body, problems);
		FieldProblems.throwIfAny(problems);
		Optional<WatchedWords.Word> word = watched(text + "\n" + strip(body));
		UUID threadId = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("INSERT INTO networking.discussion_thread (id, space_id, title, created_at, last_post_at) "
				+ "VALUES (?, ?, ?, ?, ?)").params(threadId, space.id(), text, now, now).update();
		return write(space, threadId, text, author, strip(body), mentions, word);
	}

	/**
	 * Replies to a thread as the signed-in person, who then follows it.
	 *
	 * @throws FieldProblems on {@code body}, {@code mentions}
	 */
	@Transactional
	public Posted reply(String slug, UUID threadId, @Nullable String body, Collection<UUID> mentions) {
		SpaceView space = space(slug);
		ThreadView thread = thread(space, threadId);
		PlatformUser author = CurrentUser.get().orElseThrow(NotFoundException::new);
		moderation.refuseIfMuted(author.id(), null);
		List<FieldProblem> problems = new ArrayList<>();
		bodyProblems(body, problems);
		FieldProblems.throwIfAny(problems);
		Optional<WatchedWords.Word> word = watched(strip(body));
		return write(space, thread.id(), thread.title(), author, strip(body), mentions, word);
	}

	private Optional<WatchedWords.Word> watched(String text) {
		Optional<WatchedWords.Word> word = WatchedWords.match(text, moderation.words());
		if (word.isPresent() && word.get().action() == WatchedWordAction.BLOCK) {
			throw FieldProblems.of("body", "networking.moderation.words.blocked", word.get().phrase());
		}
		return word;
	}

	private Posted write(SpaceView space, UUID threadId, String threadTitle, PlatformUser author, String body,
			Collection<UUID> mentions, Optional<WatchedWords.Word> word) {
		Set<UUID> mentioned = new LinkedHashSet<>(mentions);
		mentioned.remove(author.id());
		Set<UUID> allowed = participantIds(space);
		if (!allowed.containsAll(mentioned)) {
			throw FieldProblems.of("mentions", "networking.discussions.post.mentions.unknown");
		}
		boolean held = word.isPresent() && word.get().action() == WatchedWordAction.HOLD;
		UUID postId = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("INSERT INTO networking.discussion_post (id, thread_id, author_id, author_name, body, held, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(postId, threadId, author.id(), author.getDisplayName(), body, held, now)
			.update();
		for (UUID person : mentioned) {
			jdbc.sql("INSERT INTO networking.discussion_mention (post_id, account_id) VALUES (?, ?)")
				.params(postId, person).update();
		}
		jdbc.sql("UPDATE networking.discussion_thread SET last_post_at = ? WHERE id = ?").params(now, threadId).update();
		follow(author.id(), threadId, null);
		if (word.isPresent()) {
			moderation.report(ModerationStore.DISCUSSION_POST, postId, null, ReportCategory.WATCHED_WORD,
					word.get().phrase() + " (" + word.get().action().name() + ")", threadTitle);
		}
		if (!held) {
			announce(postId);
		}
		return new Posted(threadId, postId, held);
	}

	private void bodyProblems(@Nullable String body, List<FieldProblem> problems) {
		String text = strip(body);
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("body", "networking.discussions.post.body.required"));
		}
		else if (text.length() > MAX_BODY) {
			problems.add(FieldProblem.of("body", "networking.discussions.post.body.too-long", MAX_BODY));
		}
	}

	/**
	 * Tells the mentioned people and the followers of the thread and its space of a post that just became
	 * visible (written, or released by a moderator). Never its author, never with its text.
	 */
	void announce(UUID postId) {
		record Target(UUID author, UUID thread, UUID space, String title, String slug) {
		}
		Target target = jdbc.sql("SELECT p.author_id, t.id AS thread_id, t.title, s.id AS space_id, s.slug FROM "
				+ "networking.discussion_post p JOIN networking.discussion_thread t ON t.id = p.thread_id JOIN "
				+ "networking.discussion_space s ON s.id = t.space_id WHERE p.id = ? AND NOT p.hidden AND NOT p.held "
				+ "AND NOT p.deleted")
			.param(postId)
			.query((rs, n) -> new Target(rs.getObject("author_id", UUID.class), rs.getObject("thread_id", UUID.class),
					rs.getObject("space_id", UUID.class), rs.getString("title"), rs.getString("slug")))
			.optional()
			.orElse(null);
		if (target == null) {
			return;
		}
		String link = path(postId).orElseThrow();
		boolean privateSpace = "PRIVATE".equals(jdbc.sql("SELECT kind FROM networking.discussion_space WHERE id = ?")
			.param(target.space()).query(String.class).single());
		Set<UUID> told = new LinkedHashSet<>();
		told.add(target.author());
		for (UUID person : jdbc.sql("SELECT account_id FROM networking.discussion_mention WHERE post_id = ?")
			.param(postId).query(UUID.class).list()) {
			if (told.add(person)) {
				notifications.notify(Notification.to(person, DiscussionsNotifications.MENTION,
						"networking.discussions.notification.mention", link, target.title()));
			}
		}
		for (UUID person : jdbc.sql("SELECT DISTINCT account_id FROM networking.discussion_subscription "
				+ "WHERE thread_id = ? OR space_id = ?").params(target.thread(), target.space()).query(UUID.class).list()) {
			if ((!privateSpace || isMember(target.space(), person)) && told.add(person)) {
				notifications.notify(Notification.to(person, DiscussionsNotifications.REPLY,
						"networking.discussions.notification.reply", link, target.title()));
			}
		}
	}

	/**
	 * Changes the signed-in person's own post; it shows as edited from then on.
	 *
	 * @throws FieldProblems on {@code body}; form-wide when somebody changed it meanwhile
	 */
	@Transactional
	public void edit(UUID postId, @Nullable String body, long basedOnVersion) {
		PostView post = ownPost(postId);
		moderation.refuseIfMuted(post.authorId(), null);
		List<FieldProblem> problems = new ArrayList<>();
		bodyProblems(body, problems);
		FieldProblems.throwIfAny(problems);
		watched(strip(body));
		int changed = jdbc.sql("UPDATE networking.discussion_post SET body = ?, edited_at = ?, version = version + 1 "
				+ "WHERE id = ? AND version = ?")
			.params(strip(body), Timestamp.from(clock.instant()), postId, basedOnVersion)
			.update();
		if (changed == 0) {
			throw new FieldProblems(FieldProblem.ofForm("networking.discussions.post.stale"));
		}
	}

	/** Deletes the signed-in person's own post: a placeholder stays so that replies keep their place. */
	@Transactional
	public void delete(UUID postId) {
		ownPost(postId);
		jdbc.sql("UPDATE networking.discussion_post SET deleted = TRUE, body = '', version = version + 1 WHERE id = ?")
			.param(postId).update();
		jdbc.sql("DELETE FROM networking.discussion_mention WHERE post_id = ?").param(postId).update();
	}

	/** The signed-in person's own, not deleted post; a 404 for anything else. */
	public PostView ownPost(UUID postId) {
		PostView post = post(postId).orElseThrow(NotFoundException::new);
		if (!post.mine() || post.deleted()) {
			throw new NotFoundException();
		}
		return post;
	}

	// ---- following

	@Transactional
	public void follow(UUID person, @Nullable UUID threadId, @Nullable UUID spaceId) {
		jdbc.sql("INSERT INTO networking.discussion_subscription (account_id, thread_id, space_id, created_at) "
				+ "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(person, threadId, spaceId, Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	public void unfollow(UUID person, @Nullable UUID threadId, @Nullable UUID spaceId) {
		jdbc.sql("DELETE FROM networking.discussion_subscription WHERE account_id = ? AND "
				+ "(thread_id = CAST(? AS UUID) OR space_id = CAST(? AS UUID))")
			.params(person, threadId, spaceId)
			.update();
	}

	public boolean follows(UUID person, @Nullable UUID threadId, @Nullable UUID spaceId) {
		return jdbc.sql("SELECT count(*) FROM networking.discussion_subscription WHERE account_id = ? AND "
				+ "(thread_id = CAST(? AS UUID) OR space_id = CAST(? AS UUID))")
			.params(person, threadId, spaceId).query(Long.class).single() > 0;
	}

	// ---- mentions

	private Set<UUID> participantIds(SpaceView space) {
		Set<UUID> ids = new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT p.author_id FROM networking.discussion_post p "
				+ "JOIN networking.discussion_thread t ON t.id = p.thread_id WHERE t.space_id = ? AND p.author_id IS NOT NULL")
			.param(space.id()).query(UUID.class).list());
		ids.addAll(jdbc.sql("SELECT account_id FROM networking.discussion_space_member WHERE space_id = ?")
			.param(space.id()).query(UUID.class).list());
		return ids;
	}

	/** The participants of the space (its members and everybody who wrote in it) whose name contains the text. */
	public List<Participant> participants(String slug, @Nullable String text, Collection<UUID> chosen) {
		SpaceView space = space(slug);
		String wanted = strip(text).toLowerCase(Locale.GERMAN);
		UUID self = CurrentUser.get().map(PlatformUser::id).orElse(null);
		return participantIds(space).stream()
			.filter(id -> !id.equals(self))
			.map(id -> new Participant(id, name(id)))
			.filter(person -> chosen.contains(person.id())
					|| (!wanted.isEmpty() && person.name().toLowerCase(Locale.GERMAN).contains(wanted)))
			.sorted(java.util.Comparator.comparing(Participant::name))
			.limit(12)
			.toList();
	}

	/** The person's name as their account shows it now. */
	String name(UUID person) {
		return accounts.account(person).map(AccountSummary::displayName).orElse("—");
	}

	// ---- rows

	private PostView post(ResultSet rs, @Nullable UUID viewer) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID author = rs.getObject("author_id", UUID.class);
		boolean deleted = rs.getBoolean("deleted");
		String body = rs.getString("body");
		boolean hidden = rs.getBoolean("hidden");
		boolean mine = author != null && author.equals(viewer);
		List<String> mentioned = jdbc.sql("SELECT account_id FROM networking.discussion_mention WHERE post_id = ?")
			.param(id).query(UUID.class).list().stream().map(this::name).toList();
		Timestamp edited = rs.getTimestamp("edited_at");
		return new PostView(id, rs.getObject("thread_id", UUID.class), author, rs.getString("author_name"), body,
				deleted ? "" : Markdown.toSafeHtml(body), hidden, rs.getBoolean("held"), deleted,
				edited == null ? null : edited.toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getLong("version"), mine, mentioned,
				(mine || ModerationStore.isModerator()) ? moderation.latestDecision(ModerationStore.DISCUSSION_POST, id)
					.orElse(null) : null);
	}

	private static SpaceView space(ResultSet rs, int row) throws SQLException {
		Timestamp last = rs.getTimestamp("last_post_at");
		return new SpaceView(rs.getObject("id", UUID.class), rs.getString("slug"),
				SpaceKind.valueOf(rs.getString("kind")), rs.getString("action_field_code"), rs.getString("title"),
				rs.getString("description"), rs.getLong("threads"), last == null ? null : last.toInstant());
	}

	private static ThreadView thread(ResultSet rs, int row) throws SQLException {
		return new ThreadView(rs.getObject("id", UUID.class), rs.getObject("space_id", UUID.class),
				rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("last_post_at").toInstant(), rs.getLong("posts"), rs.getString("started_by"));
	}

	static void requireModerator() {
		if (!ModerationStore.isModerator()) {
			throw new org.springframework.security.access.AccessDeniedException("Moderators only");
		}
	}

	static String slug(String text) {
		String slug = java.text.Normalizer.normalize(text.toLowerCase(Locale.GERMAN).replace("ä", "ae")
			.replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
		return slug.isEmpty() || slug.equals("neu") || slug.equals("regeln") || slug.equals("beitrag") ? "raum" + (slug.isEmpty() ? "" : "-" + slug) : slug;
	}

	static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	Instant now() {
		return clock.instant();
	}

}
