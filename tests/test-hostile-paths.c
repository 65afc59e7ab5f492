/* test-hostile-paths.c: hostile paths: deep folders, link loops,
 * unreadable files and folders, links that end outside the corpus,
 * named pipes and devices (issue 8, part 3)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "plx-test-util.h"

/* Every test writes a corpus with one good article beside the hostile
 * input and checks what a user would notice (PlxTestCorpusFixture, in
 * plx-test-util.h). The table of hostile corpora in tests/README.md lists these
 * tests. */

static void
test_deep_folders (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(GString) path = g_string_new (fixture->dir);
  g_autoptr(GString) relative = g_string_new (NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *shallow_id = NULL;

  for (guint level = 1; level <= 200; level++)
    {
      g_string_append (path, "/d");
      g_string_append (relative, "d/");
      g_assert_cmpint (g_mkdir (path->str, 0755), ==, 0);
      if (level == 10)
        {
          plx_test_write_file (path->str, "shallow.txt", PLX_TEST_GOOD_TEXT, -1);
          shallow_id = g_strconcat (relative->str, "shallow", NULL);
        }
    }
  plx_test_write_file (path->str, "deep.txt", PLX_TEST_GOOD_TEXT, -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, shallow_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "d/d/d/", "nested too deep"));
}

static void
test_symlink_loops (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *self = g_build_filename (fixture->dir, "self.txt", NULL);
  g_autofree char *ping = g_build_filename (fixture->dir, "ping.txt", NULL);
  g_autofree char *pong = g_build_filename (fixture->dir, "pong.txt", NULL);
  g_autofree char *up = g_build_filename (fixture->dir, "sub", "up", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "sub", "again", NULL);
  g_autofree char *a = g_build_filename (fixture->dir, "a", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b", NULL);
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);
  g_autofree char *manifest_loop = g_build_filename (fixture->dir, "m", "loop.txt", NULL);
  g_autoptr(PlxCorpus) from_manifest = NULL;

  plx_test_write_file (fixture->dir, "sub/nested.txt", PLX_TEST_GOOD_TEXT, -1);
  g_assert_cmpint (symlink ("self.txt", self), ==, 0);
  g_assert_cmpint (symlink ("pong.txt", ping), ==, 0);
  g_assert_cmpint (symlink ("ping.txt", pong), ==, 0);
  g_assert_cmpint (symlink ("..", up), ==, 0);
  g_assert_cmpint (symlink ("../sub", again), ==, 0);
  /* Two folders that hold links to each other. */
  g_assert_cmpint (g_mkdir (a, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (b, 0755), ==, 0);
  plx_test_make_link ("../b", a, "to-b");
  plx_test_make_link ("../a", b, "to-a");
  /* A manifest naming a link loop. */
  plx_test_write_file (manifest_dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_write_file (manifest_dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"loop.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  g_assert_cmpint (symlink ("loop.txt", manifest_loop), ==, 0);

  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "sub/nested");
  plx_test_assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_true (plx_test_has_warning (corpus, "self.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "ping.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "pong.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "sub/up", "already read"));
  g_assert_true (plx_test_has_warning (corpus, "sub/again", "already read"));

  from_manifest = plx_test_fixture_load (fixture, "m");
  plx_test_print_warnings (from_manifest);
  plx_test_assert_good_loaded (from_manifest);
  g_assert_true (plx_test_has_warning (from_manifest, "loop.txt", "loop"));
}

static void
run_unreadable_check (const char *dir)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (dir);

  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "secret.txt", "permission denied"));
  g_assert_true (plx_test_has_warning (corpus, "locked", "cannot read the folder"));
}

static void
test_unreadable (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);

  /* Root reads any file: check as an unprivileged user in a child. */
  if (g_test_subprocess ())
    {
      plx_test_fixture_forget (fixture);
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
      run_unreadable_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

  plx_test_write_file (fixture->dir, "secret.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_write_file (locked, "inside.txt", PLX_TEST_GOOD_TEXT, -1);
  g_assert_cmpint (g_chmod (secret, 0), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  if (geteuid () == 0)
    {
      g_setenv ("PLX_TEST_DIR", fixture->dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
  else
    run_unreadable_check (fixture->dir);

  /* Compared with the first snapshot, then opened up to be removed. */
  {
    g_autofree char *after = plx_test_snapshot_tree (fixture->dir);

    g_assert_cmpstr (after, ==, fixture->before);
  }
  g_chmod (secret, 0644);
  g_chmod (locked, 0755);
  g_free (fixture->before);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
}

#define SECRET_TEXT "PRIVATE key material: nobody reads this.\n"

/* The links of a folder received from someone else: each ends outside
 * it, in @outside (a sibling folder standing for ~/.ssh) or in /etc. */
static const char * const links_outside[] = {
  "notes.txt",           /* -> @outside/id_rsa.txt, absolute */
  "passwd.txt",          /* -> /etc/passwd */
  "keys",                /* -> @outside/keys, a folder */
  "up.txt",              /* -> ../<outside>/id_rsa.txt, relative */
  "chain1.txt",          /* -> chain2.txt -> sub/chain3.txt -> @outside/id_rsa.txt */
  "chain2.txt",
  "sub/chain3.txt",
  "sub/hop",             /* -> ../../<outside>, a folder, relative */
};

static void
make_links_out (const char *dir,
                const char *outside)
{
  g_autofree char *secret = g_build_filename (outside, "id_rsa.txt", NULL);
  g_autofree char *keys = g_build_filename (outside, "keys", NULL);
  g_autofree char *base = g_path_get_basename (outside);
  g_autofree char *up = g_strconcat ("../", base, "/id_rsa.txt", NULL);
  g_autofree char *hop = g_strconcat ("../../", base, NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  plx_test_write_file (outside, "id_rsa.txt", SECRET_TEXT, -1);
  plx_test_write_file (outside, "keys/more.txt", SECRET_TEXT, -1);
  plx_test_write_file (dir, ".store/item.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_make_link (secret, dir, "notes.txt");
  plx_test_make_link ("/etc/passwd", dir, "passwd.txt");
  plx_test_make_link (keys, dir, "keys");
  plx_test_make_link (up, dir, "up.txt");
  plx_test_make_link ("chain2.txt", dir, "chain1.txt");
  plx_test_make_link ("sub/chain3.txt", dir, "chain2.txt");
  plx_test_make_link (secret, dir, "sub/chain3.txt");
  plx_test_make_link (hop, dir, "sub/hop");
  /* Links that stay inside, to a file and to a (hidden) folder, and a
   * loop. */
  plx_test_make_link ("good.txt", dir, "alias.txt");
  plx_test_make_link ("../good.txt", dir, "sub/back.txt");
  plx_test_make_link (".store", dir, "shelf");
  plx_test_make_link ("ring.txt", dir, "ring.txt");
}

static void
assert_links_bounded (PlxCorpus *corpus)
{
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "alias");
  plx_test_assert_good_loaded_as (corpus, "sub/back");
  plx_test_assert_good_loaded_as (corpus, "shelf/item");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  g_assert_false (plx_test_any_text_contains (corpus, "PRIVATE"));
  g_assert_false (plx_test_any_text_contains (corpus, "root:"));
  for (guint i = 0; i < G_N_ELEMENTS (links_outside); i++)
    g_assert_true (plx_test_has_warning (corpus, links_outside[i], "outside the corpus folder; skipped"));
  g_assert_true (plx_test_has_warning (corpus, "keys", "a symbolic link to a folder outside"));
  g_assert_true (plx_test_has_warning (corpus, "notes.txt", "a symbolic link to a file outside"));
  g_assert_true (plx_test_has_warning (corpus, "ring.txt", "loop"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (links_outside) + 1);
}

static void
test_links_outside (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *outside = plx_test_make_dir ();
  g_autofree char *opened = g_build_filename (outside, "corpus-link", NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) through_link = NULL;

  make_links_out (fixture->dir, outside);
  corpus = plx_test_fixture_load (fixture, NULL);
  assert_links_bounded (corpus);

  /* Opened through a link: the bound is the folder it leads to. */
  g_assert_cmpint (symlink (fixture->dir, opened), ==, 0);
  through_link = plx_test_load (opened);
  assert_links_bounded (through_link);
  plx_test_remove_tree (outside);
}

static void
test_links_outside_manifest (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *outside = plx_test_make_dir ();
  g_autoptr(PlxCorpus) corpus = NULL;
  const char *refused[] = {
    "notes.txt", "passwd.txt", "keys/more.txt", "up.txt", "chain1.txt", "sub/hop/id_rsa.txt",
  };

  /* The same links named by a corpus.json: refused as well, with every
   * link along the way resolved. */
  make_links_out (fixture->dir, outside);
  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"notes.txt\"}, {\"file\": \"passwd.txt\"},\n"
                       "  {\"file\": \"keys/more.txt\"}, {\"file\": \"up.txt\"}, {\"file\": \"chain1.txt\"},\n"
                       "  {\"file\": \"sub/hop/id_rsa.txt\"}, {\"file\": \"good.txt\"}, {\"file\": \"alias.txt\"},\n"
                       "  {\"file\": \"shelf/item.txt\"}]}\n", -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "alias");
  plx_test_assert_good_loaded_as (corpus, "item");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_false (plx_test_any_text_contains (corpus, "PRIVATE"));
  g_assert_false (plx_test_any_text_contains (corpus, "root:"));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_true (plx_test_has_warning (corpus, refused[i], "outside the folder of the corpus.json; refused"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (refused));
  plx_test_remove_tree (outside);
}

#define PIPED_TEXT "PIPED text: whoever reads this opened the pipe.\n"

/* Writes PIPED_TEXT into each named pipe of @paths as soon as something
 * opens it to read, until told to stop: a loader that opens a pipe reads
 * that text (and one that waits for a writer would wait forever without
 * this thread). */
typedef struct
{
  char     **paths;
  gboolean   stop;
} PipeFeeder;

static gpointer
pipe_feeder_run (gpointer data)
{
  PipeFeeder *feeder = data;

  while (!g_atomic_int_get (&feeder->stop))
    {
      for (guint i = 0; feeder->paths[i] != NULL; i++)
        {
          /* Fails (ENXIO) until a reader has the pipe open. */
          int fd = open (feeder->paths[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC);

          if (fd >= 0)
            {
              if (write (fd, PIPED_TEXT, strlen (PIPED_TEXT)) < 0)
                g_debug ("the reader of %s went: %s", feeder->paths[i], g_strerror (errno));
              close (fd);
            }
        }
      g_usleep (G_USEC_PER_SEC / 1000);
    }

  return NULL;
}

static void
test_fifo (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);
  g_autofree char *json_dir = g_build_filename (fixture->dir, "j", NULL);
  g_autofree char *json_path = g_build_filename (json_dir, "corpus.json", NULL);
  g_autofree char *pipe = g_build_filename (fixture->dir, "pipe.txt", NULL);
  g_autofree char *named_pipe = g_build_filename (manifest_dir, "pipe.txt", NULL);
  char *pipes[] = { pipe, named_pipe, json_path, NULL };
  g_autoptr(GFile) json_location = g_file_new_for_path (json_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) from_manifest = NULL;
  g_autoptr(PlxCorpus) nothing = NULL;
  PipeFeeder feeder = { pipes, FALSE };
  GThread *thread;

  /* A pipe in a plain folder, one named by a corpus.json, and a
   * corpus.json that is a pipe. */
  plx_test_write_file (manifest_dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_write_file (manifest_dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"pipe.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  g_assert_cmpint (g_mkdir (json_dir, 0755), ==, 0);
  for (guint i = 0; pipes[i] != NULL; i++)
    g_assert_cmpint (mkfifo (pipes[i], 0644), ==, 0);
  signal (SIGPIPE, SIG_IGN);
  thread = g_thread_new ("pipe-feeder", pipe_feeder_run, &feeder);

  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "pipe.txt", "not a regular file"));
  g_assert_false (plx_test_any_text_contains (corpus, "PIPED"));

  from_manifest = plx_test_fixture_load (fixture, "m");
  plx_test_print_warnings (from_manifest);
  plx_test_assert_good_loaded (from_manifest);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_manifest)), ==, 1);
  g_assert_true (plx_test_has_warning (from_manifest, "corpus.json: article 1 (pipe.txt)", "not a regular file"));
  g_assert_false (plx_test_any_text_contains (from_manifest, "PIPED"));

  nothing = plx_corpus_load (json_location, NULL, &error);
  g_assert_null (nothing);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FAILED);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, "corpus.json: cannot be read: not a regular file"));

  g_atomic_int_set (&feeder.stop, TRUE);
  g_thread_join (thread);
}

static void
test_devices (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *node = g_build_filename (fixture->dir, "node.txt", NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) from_manifest = NULL;
  gboolean have_node;

  /* A link to a device is a link outside the folder; a device node
   * inside it (root only: mknod) is not a regular file. */
  plx_test_make_link ("/dev/zero", fixture->dir, "zero.txt");
  have_node = mknod (node, S_IFCHR | 0644, makedev (1, 5)) == 0;
  if (!have_node)
    g_test_message ("no device node made inside the folder (mknod: %s): that case is not checked",
                    g_strerror (errno));

  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "zero.txt", "a symbolic link to a file outside the corpus folder"));
  g_assert_true (!have_node || plx_test_has_warning (corpus, "node.txt", "not a regular file"));

  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"/dev/zero\"}, {\"file\": \"zero.txt\"},\n"
                       "  {\"file\": \"node.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  from_manifest = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (from_manifest);
  plx_test_assert_good_loaded (from_manifest);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_manifest)), ==, 1);
  g_assert_true (plx_test_has_warning (from_manifest, "(/dev/zero)", "outside the folder of the corpus.json"));
  g_assert_true (plx_test_has_warning (from_manifest, "(zero.txt)", "outside the folder of the corpus.json"));
  g_assert_true (!have_node || plx_test_has_warning (from_manifest, "(node.txt)", "not a regular file"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PLX_TEST_ADD_CORPUS ("/hostile/deep-folders", test_deep_folders);
  PLX_TEST_ADD_CORPUS ("/hostile/symlink-loops", test_symlink_loops);
  PLX_TEST_ADD_CORPUS ("/hostile/unreadable", test_unreadable);
  PLX_TEST_ADD_CORPUS ("/hostile/links-outside", test_links_outside);
  PLX_TEST_ADD_CORPUS ("/hostile/links-outside-manifest", test_links_outside_manifest);
  PLX_TEST_ADD_CORPUS ("/hostile/fifo", test_fifo);
  PLX_TEST_ADD_CORPUS ("/hostile/devices", test_devices);

  return g_test_run ();
}
