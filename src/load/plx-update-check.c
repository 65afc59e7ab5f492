/* plx-update-check.c: the saved pages of a corpus folder checked for updates
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-analysis.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-decode.h"
#include "plx-error.h"
#include "plx-furniture.h"
#include "plx-html-page.h"
#include "plx-loader-private.h"
#include "plx-sentence.h"
#include "plx-update-check.h"

/* Check for Updates (parallax-cli fetch --update, and the window):
 *
 *  - the pages are the files the loader reads in the folder (its walk,
 *    plx-loader-files.c: sub-folders, links inside, hidden files aside),
 *    in its order; each is asked again at the address it came from: the
 *    user.xdg.origin.url attribute the fetcher records, else the page's
 *    canonical address. The loader prefers the canonical address for an
 *    article's URL; here the address the page was really downloaded
 *    from comes first, since the canonical one may be another edition
 *    of it (AMP, a mobile site);
 *  - a file with no address is skipped. Several files at one address
 *    are versions of one article, from earlier checks: the address is
 *    asked once, for the one modified last, the others being skipped as
 *    its earlier versions;
 *  - the pages are downloaded by a PlxFetchBatch, whose keep function
 *    (keep_if_changed(), in a worker thread) compares the ARTICLE TEXT
 *    of the download with that of every saved version at its address,
 *    and at the address a redirect led to (a page that moved is saved
 *    from there, and recorded so): the sentences the loader reads as title, headings and body, not
 *    the bytes, which ads, timestamps and scripts change all the time.
 *    Equal to one of them, the download is dropped: nothing is written.
 *    Else it is saved as a new file beside the page checked, named after
 *    it ("story.html": "story-2.html", "story-3.html"...), with its
 *    origin recorded, by the fetcher's one way of saving, which never
 *    replaces a file;
 *  - a page that cannot be downloaded fails with the fetcher's error,
 *    named by its file; the others go on.
 *
 * Nothing in the folder is replaced, moved or deleted: the only change
 * is new files. Results are announced in the order of the files. */

typedef struct
{
  GFile           *file;
  char            *address;      /* NULL: none known */
  guint64          modified;     /* seconds, then microseconds */
  PlxUpdateStatus  status;
  guint            later;        /* for an earlier version: the page checked */
  GFile           *new_file;
  GError          *error;
} Page;

/* What keep_if_changed() compares a download with: the pages saved
 * from the address asked, and from the one it led to. */
typedef struct
{
  char       *address;
  GHashTable *saved;     /* address -> GPtrArray of GFile, shared, read only */
} KeepData;

struct _PlxUpdateCheck
{
  GObject         parent_instance;

  GFile          *folder;
  GArray         *pages;          /* of Page, once listed */
  GArray         *checked;        /* the page of each page of the batch */
  GStrv           warnings;
  PlxFetchBatch  *batch;
  GTask          *task;           /* while it runs */
  gboolean        started;
  guint           n_reported;
};

G_DEFINE_FINAL_TYPE (PlxUpdateCheck, plx_update_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PAGE_DONE,
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_object (&page->file);
  g_clear_pointer (&page->address, g_free);
  g_clear_object (&page->new_file);
  g_clear_error (&page->error);
}

static void
keep_data_free (gpointer data)
{
  KeepData *keep = data;

  g_free (keep->address);
  g_hash_table_unref (keep->saved);
  g_free (keep);
}

/* ---- The article text ------------------------------------------------ */

/* What of a page is compared: its title, headings and body as the
 * loader reads them, a sentence a line. */
static char *
article_text (const char  *contents,
              gsize        length,
              gboolean     is_page,
              gboolean     compressed,
              GError     **error)
{
  PlxFurnitureRules *rules = plx_furniture_rules_get_default ();
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (is_page)
    {
      g_autoptr(PlxHtmlPage) page = plx_html_page_read (contents, length, compressed, NULL, error);

      if (page == NULL)
        return NULL;
      article = plx_article_new ("update", page->text);
      plx_analyse_blocks (article, page->blocks, rules, NULL);
    }
  else
    {
      g_autofree char *decoded = plx_decode_text (contents, length, NULL, error);

      if (decoded == NULL)
        return NULL;
      article = plx_article_new ("update", decoded);
      plx_analyse_article (article, rules, NULL, NULL, NULL);
    }

  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);

      if (plx_sentence_get_role (sentence) == PLX_ROLE_BOILERPLATE)
        continue;
      g_string_append (text, plx_sentence_get_text (sentence));
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
article_text_of_file (GFile    *file,
                      gboolean  is_page,
                      GError  **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *lower = g_ascii_strdown (g_file_peek_path (file), -1);
  gsize length = 0;

  if (!_plx_loader_load_bounded (file, NULL, &contents, &length, error))
    return NULL;

  return article_text (contents, length, is_page, g_str_has_suffix (lower, ".gz"), error);
}

/* The keep function of the batch (see the top of the file). */
static gboolean
keep_if_changed (GFile       *download,
                 const char  *address,
                 const char  *extension,
                 gpointer     user_data,
                 GError     **error)
{
  KeepData *keep = user_data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) versions = g_ptr_array_new ();
  g_autofree char *text = article_text_of_file (download, g_str_equal (extension, ".html"), &local_error);

  if (text == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                   /* Translators: a web address, then why its page could not be read */
                   _("%s: the page downloaded cannot be read: %s"), address, local_error->message);
      return FALSE;
    }

  g_ptr_array_extend (versions, g_hash_table_lookup (keep->saved, keep->address), NULL, NULL);
  /* A page that moved: its new version may be saved from where it led. */
  if (!g_str_equal (address, keep->address) && g_hash_table_contains (keep->saved, address))
    g_ptr_array_extend (versions, g_hash_table_lookup (keep->saved, address), NULL, NULL);

  for (guint i = 0; i < versions->len; i++)
    {
      GFile *version = g_ptr_array_index (versions, i);
      g_autofree char *name = g_file_get_basename (version);
      g_autofree char *saved = article_text_of_file (version, plx_html_is_page_name (name), &local_error);

      if (saved == NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                       /* Translators: a file of the corpus, then why it could not be read */
                       _("cannot read %s to compare it: %s"), g_file_peek_path (version), local_error->message);
          return FALSE;
        }
      if (g_str_equal (saved, text))
        return FALSE;
    }

  /* A sign-in or consent page in place of the article is no update. */
  if (*text == '\0')
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                   /* Translators: %s is a web address */
                   _("%s: the page now holds no article (it may ask to sign in or to accept cookies); not saved"),
                   address);
      return FALSE;
    }

  return TRUE;
}

/* ---- Listing the pages (in a worker thread) -------------------------- */

/* The address a page came from, else its canonical one, or NULL. */
static char *
page_address (Source *source)
{
  g_autofree char *contents = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(PlxHtmlPage) page = NULL;
  const char *scheme;
  gsize length = 0;

  if (source->origin != NULL)
    return g_strdup (source->origin);
  if (!plx_html_is_page_name (source->file_name) ||
      !_plx_loader_load_bounded (source->file, NULL, &contents, &length, NULL))
    return NULL;

  lower = g_ascii_strdown (source->file_name, -1);
  page = plx_html_page_read (contents, length, g_str_has_suffix (lower, ".gz"), NULL, NULL);
  if (page == NULL || page->metadata->url == NULL)
    return NULL;

  scheme = g_uri_peek_scheme (page->metadata->url);
  if (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0)
    return NULL;

  return g_strdup (page->metadata->url);
}

typedef struct
{
  GArray *pages;
  GStrv   warnings;
} Listing;

static void
listing_free (Listing *listing)
{
  g_clear_pointer (&listing->pages, g_array_unref);
  g_clear_pointer (&listing->warnings, g_strfreev);
  g_free (listing);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Listing, listing_free)

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *folder = task_data;
  g_autofree char *name = g_file_get_basename (folder);
  g_autofree char *display = g_file_get_parse_name (folder);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = plx_corpus_new (name, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (_plx_loader_source_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *real_root = _plx_loader_real_folder_path (folder);
  g_autoptr(Listing) listing = g_new0 (Listing, 1);
  FolderWalk walk = { folder, real_root, visited, sources, corpus, cancellable };

  info = g_file_query_info (folder, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_ID_FILE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
    {
      g_task_return_new_error (task, PLX_ERROR, PLX_ERROR_FAILED,
                               /* Translators: %s is the folder given to check for updates */
                               _("%s: no such folder"), display);
      return;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ID_FILE))
    g_hash_table_add (visited, g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE)));

  _plx_loader_collect_folder (&walk, folder, "", 0);

  listing->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (listing->pages, page_clear);
  for (guint i = 0; i < sources->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Source *source = g_ptr_array_index (sources, i);
      g_autoptr(GFileInfo) file_info = g_file_query_info (source->file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
      Page page = { 0 };

      page.file = g_object_ref (source->file);
      page.address = page_address (source);
      page.status = page.address != NULL ? PLX_UPDATE_PENDING : PLX_UPDATE_NO_ADDRESS;
      if (file_info != NULL)
        page.modified = g_file_info_get_attribute_uint64 (file_info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                        g_file_info_get_attribute_uint32 (file_info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
      g_array_append_val (listing->pages, page);
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  listing->warnings = g_strdupv ((char **) plx_corpus_get_warnings (corpus));
  g_task_return_pointer (task, g_steal_pointer (&listing), (GDestroyNotify) listing_free);
}

/* ---- Checking them ----------------------------------------------------- */

static Page *
get_page (PlxUpdateCheck *self,
          guint           index)
{
  return &g_array_index (self->pages, Page, index);
}

/* Announces the pages done that those before them no longer hold back. */
static void
report_ready (PlxUpdateCheck *self)
{
  for (; self->n_reported < self->pages->len && get_page (self, self->n_reported)->status != PLX_UPDATE_PENDING;
       self->n_reported++)
    g_signal_emit (self, signals[PAGE_DONE], 0, self->n_reported);
  g_signal_emit (self, signals[PROGRESS], 0);
}

static void
batch_page_done_cb (PlxFetchBatch  *batch,
                    guint           index,
                    PlxUpdateCheck *self)
{
  Page *page = get_page (self, g_array_index (self->checked, guint, index));
  GFile *file = plx_fetch_batch_get_file (batch, index);
  const GError *error = plx_fetch_batch_get_error (batch, index);

  if (file != NULL)
    {
      page->status = PLX_UPDATE_CHANGED;
      page->new_file = g_object_ref (file);
    }
  else if (plx_fetch_batch_is_dropped (batch, index))
    page->status = PLX_UPDATE_UNCHANGED;
  else
    {
      page->status = PLX_UPDATE_FAILED;
      /* Translators: a saved page, then why it could not be checked,
       * e.g. “https://example.com/story: the server answered 404 Not Found”
       */
      page->error = g_error_new (error->domain, error->code, _("%s: %s"),
                                 g_file_peek_path (page->file), error->message);
    }

  report_ready (self);
}

static void
batch_progress_cb (PlxFetchBatch  *batch,
                   PlxUpdateCheck *self)
{
  g_signal_emit (self, signals[PROGRESS], 0);
}

static void
batch_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PlxUpdateCheck) self = user_data;
  g_autoptr(GTask) task = g_steal_pointer (&self->task);
  g_autoptr(GError) error = NULL;

  if (plx_fetch_batch_run_finish (PLX_FETCH_BATCH (source_object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* The name a later version of @file takes, without its extension:
 * "story" for "story.html", and for "story-2.html" beside "story.html",
 * so that the next is "story-3.html". */
static char *
new_file_stem (GFile *file)
{
  static const char * const extensions[] = { ".html.gz", ".htm.gz", ".xhtml.gz", ".html", ".htm", ".xhtml", ".txt", ".text" };
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  gsize stem_length = strlen (name);
  const char *extension;
  g_autofree char *stem = NULL;
  const char *dash;
  guint64 number;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]) && strlen (lower) > strlen (extensions[i]))
      {
        stem_length -= strlen (extensions[i]);
        break;
      }
  stem = g_strndup (name, stem_length);
  extension = name + stem_length;

  dash = strrchr (stem, '-');
  if (dash != NULL && dash > stem &&
      g_ascii_string_to_unsigned (dash + 1, 10, 2, G_MAXUINT, &number, NULL))
    {
      g_autofree char *base = g_strndup (stem, dash - stem);
      g_autofree char *first = g_strconcat (base, extension, NULL);
      g_autoptr(GFile) sibling = g_file_get_child (parent, first);

      if (g_file_query_exists (sibling, NULL))
        return g_steal_pointer (&base);
    }

  return g_steal_pointer (&stem);
}

/* Earlier versions are skipped, the rest go into the batch. */
static void
plan_checks (PlxUpdateCheck *self)
{
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);   /* address -> index + 1 */
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < self->pages->len; i++)
    {
      Page *page = get_page (self, i);
      GPtrArray *files;
      guint other;

      if (page->address == NULL)
        continue;

      files = g_hash_table_lookup (saved, page->address);
      if (files == NULL)
        {
          files = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (saved, g_strdup (page->address), files);
        }
      g_ptr_array_add (files, g_object_ref (page->file));

      other = GPOINTER_TO_UINT (g_hash_table_lookup (latest, page->address));
      if (other == 0 || page->modified >= get_page (self, other - 1)->modified)
        g_hash_table_insert (latest, page->address, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < self->pages->len; i++)
    {
      Page *page = get_page (self, i);
      KeepData *keep;
      g_autoptr(GFile) parent = NULL;
      g_autofree char *stem = NULL;
      guint index;

      if (page->address == NULL)
        continue;
      page->later = GPOINTER_TO_UINT (g_hash_table_lookup (latest, page->address)) - 1;
      if (page->later != i)
        {
          page->status = PLX_UPDATE_EARLIER_VERSION;
          continue;
        }

      keep = g_new0 (KeepData, 1);
      keep->address = g_strdup (page->address);
      keep->saved = g_hash_table_ref (saved);

      parent = g_file_get_parent (page->file);
      stem = new_file_stem (page->file);
      index = plx_fetch_batch_add (self->batch, page->address, parent, stem, keep_if_changed, keep, keep_data_free);
      g_assert (index == self->checked->len);
      g_array_append_val (self->checked, i);
    }
}

static void
listed_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PlxUpdateCheck) self = user_data;
  g_autoptr(Listing) listing = NULL;
  g_autoptr(GError) error = NULL;
  const char * const no_addresses[] = { NULL };

  listing = g_task_propagate_pointer (G_TASK (result), &error);
  if (listing == NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->pages = g_steal_pointer (&listing->pages);
  self->warnings = g_steal_pointer (&listing->warnings);
  self->batch = plx_fetch_batch_new (NULL, self->folder, no_addresses);
  plan_checks (self);

  g_signal_connect_object (self->batch, "page-done", G_CALLBACK (batch_page_done_cb), self, 0);
  g_signal_connect_object (self->batch, "progress", G_CALLBACK (batch_progress_cb), self, 0);
  plx_fetch_batch_run_async (self->batch, g_task_get_cancellable (self->task),
                             batch_done_cb, g_object_ref (self));
  /* The pages skipped before the first one checked. */
  report_ready (self);
}

/* ---- The object ------------------------------------------------------- */

static void
plx_update_check_finalize (GObject *object)
{
  PlxUpdateCheck *self = (PlxUpdateCheck *)object;

  g_clear_object (&self->folder);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->checked, g_array_unref);
  g_clear_pointer (&self->warnings, g_strfreev);
  g_clear_object (&self->batch);

  G_OBJECT_CLASS (plx_update_check_parent_class)->finalize (object);
}

static void
plx_update_check_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlxUpdateCheck *self = PLX_UPDATE_CHECK (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_update_check_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlxUpdateCheck *self = PLX_UPDATE_CHECK (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_update_check_class_init (PlxUpdateCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_update_check_finalize;
  object_class->get_property = plx_update_check_get_property;
  object_class->set_property = plx_update_check_set_property;

  /**
   * PlxUpdateCheck:folder:
   *
   * The corpus folder whose saved pages are checked.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxUpdateCheck::page-done:
   * @self: a #PlxUpdateCheck
   * @index: the place of the page in the folder's files
   *
   * Emitted for each page, in the order of the files, as soon as it and
   * the pages before it are checked or skipped; its result is there to
   * read with plx_update_check_get_status() and the functions beside it.
   */
  signals[PAGE_DONE] =
    g_signal_new ("page-done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * PlxUpdateCheck::progress:
   * @self: a #PlxUpdateCheck
   *
   * Emitted as pages come and end: the counts, the bytes and the
   * fraction done may have changed.
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
plx_update_check_init (PlxUpdateCheck *self)
{
  self->checked = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * plx_update_check_new:
 * @folder: a corpus folder
 *
 * Returns: (transfer full): a new #PlxUpdateCheck of the saved pages in
 *   @folder, to start with plx_update_check_run_async()
 */
PlxUpdateCheck *
plx_update_check_new (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (PLX_TYPE_UPDATE_CHECK, "folder", folder, NULL);
}

/**
 * plx_update_check_get_folder:
 * @self: a #PlxUpdateCheck
 *
 * Returns: (transfer none): the folder checked
 */
GFile *
plx_update_check_get_folder (PlxUpdateCheck *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), NULL);

  return self->folder;
}

/**
 * plx_update_check_get_n_pages:
 * @self: a #PlxUpdateCheck
 *
 * Returns: how many pages the folder holds, 0 until they are listed
 *   (the first #PlxUpdateCheck::progress)
 */
guint
plx_update_check_get_n_pages (PlxUpdateCheck *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

/**
 * plx_update_check_count:
 * @self: a #PlxUpdateCheck
 * @status: a status
 *
 * Returns: how many pages have @status
 */
guint
plx_update_check_count (PlxUpdateCheck  *self,
                        PlxUpdateStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), 0);

  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    n += get_page (self, i)->status == status;

  return n;
}

/**
 * plx_update_check_get_n_done:
 * @self: a #PlxUpdateCheck
 *
 * Returns: how many pages are checked or skipped
 */
guint
plx_update_check_get_n_done (PlxUpdateCheck *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), 0);

  return plx_update_check_get_n_pages (self) - plx_update_check_count (self, PLX_UPDATE_PENDING);
}

/**
 * plx_update_check_get_received:
 * @self: a #PlxUpdateCheck
 *
 * Returns: the bytes downloaded so far
 */
goffset
plx_update_check_get_received (PlxUpdateCheck *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), 0);

  return self->batch != NULL ? plx_fetch_batch_get_received (self->batch) : 0;
}

/**
 * plx_update_check_get_fraction:
 * @self: a #PlxUpdateCheck
 *
 * Returns: how far the check is, from 0 to 1, for a progress bar: a
 *   page skipped counts as done, a page checked as its download goes
 */
double
plx_update_check_get_fraction (PlxUpdateCheck *self)
{
  guint n_pages;
  guint n_checked;

  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), 0);

  n_pages = plx_update_check_get_n_pages (self);
  if (self->batch == NULL || n_pages == 0)
    return self->batch != NULL ? 1 : 0;

  n_checked = self->checked->len;

  return ((n_pages - n_checked) + plx_fetch_batch_get_fraction (self->batch) * n_checked) / n_pages;
}

static Page *
get_checked_page (PlxUpdateCheck *self,
                  guint           index)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), NULL);
  g_return_val_if_fail (self->pages != NULL && index < self->pages->len, NULL);

  return get_page (self, index);
}

/**
 * plx_update_check_get_file:
 * @self: a #PlxUpdateCheck
 * @index: the place of a page
 *
 * Returns: (transfer none): the saved page
 */
GFile *
plx_update_check_get_file (PlxUpdateCheck *self,
                           guint           index)
{
  Page *page = get_checked_page (self, index);

  return page != NULL ? page->file : NULL;
}

/**
 * plx_update_check_get_address:
 * @self: a #PlxUpdateCheck
 * @index: the place of a page
 *
 * Returns: (transfer none) (nullable): the address it is checked at: the
 *   one it came from, else its canonical address; %NULL if none is known
 */
const char *
plx_update_check_get_address (PlxUpdateCheck *self,
                              guint           index)
{
  Page *page = get_checked_page (self, index);

  return page != NULL ? page->address : NULL;
}

PlxUpdateStatus
plx_update_check_get_status (PlxUpdateCheck *self,
                             guint           index)
{
  Page *page = get_checked_page (self, index);

  return page != NULL ? page->status : PLX_UPDATE_PENDING;
}

/**
 * plx_update_check_get_new_file:
 * @self: a #PlxUpdateCheck
 * @index: the place of a page
 *
 * Returns: (transfer none) (nullable): for a page that changed, the new
 *   file its new version was saved as
 */
GFile *
plx_update_check_get_new_file (PlxUpdateCheck *self,
                               guint           index)
{
  Page *page = get_checked_page (self, index);

  return page != NULL ? page->new_file : NULL;
}

/**
 * plx_update_check_get_later_version:
 * @self: a #PlxUpdateCheck
 * @index: the place of a page
 *
 * Returns: (transfer none) (nullable): for an earlier version, the page
 *   at the same address that is checked instead
 */
GFile *
plx_update_check_get_later_version (PlxUpdateCheck *self,
                                    guint           index)
{
  Page *page = get_checked_page (self, index);

  if (page == NULL || page->status != PLX_UPDATE_EARLIER_VERSION)
    return NULL;

  return get_page (self, page->later)->file;
}

/**
 * plx_update_check_get_error:
 * @self: a #PlxUpdateCheck
 * @index: the place of a page
 *
 * Returns: (transfer none) (nullable): for a page that failed, why: its
 *   message names the file, and the address with the fetcher's reason
 *   (%G_IO_ERROR_CANCELLED when cancelled)
 */
const GError *
plx_update_check_get_error (PlxUpdateCheck *self,
                            guint           index)
{
  Page *page = get_checked_page (self, index);

  return page != NULL ? page->error : NULL;
}

/**
 * plx_update_check_get_warnings:
 * @self: a #PlxUpdateCheck
 *
 * Returns: (transfer none): what the folder's listing skipped (links
 *   out of the folder, folders that cannot be read...), as the loader
 *   says it
 */
const char * const *
plx_update_check_get_warnings (PlxUpdateCheck *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), NULL);

  return self->warnings != NULL ? (const char * const *) self->warnings : none;
}

/**
 * plx_update_check_run_async:
 * @self: a #PlxUpdateCheck, not run before
 * @cancellable: (nullable): a #GCancellable, to stop the check
 * @callback: called once every page is checked or skipped
 * @user_data: data for @callback
 *
 * Lists the folder's pages in a worker thread, then downloads each
 * again (PLX_FETCH_MAX_PARALLEL at a time) and saves those whose
 * article changed as new files. #PlxUpdateCheck::page-done and
 * #PlxUpdateCheck::progress tell how it goes, in the main context of
 * the caller. Cancelled, the downloads stop and leave no file.
 */
void
plx_update_check_run_async (PlxUpdateCheck      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) list = NULL;

  g_return_if_fail (PLX_IS_UPDATE_CHECK (self));
  g_return_if_fail (!self->started);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self->started = TRUE;
  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, plx_update_check_run_async);

  list = g_task_new (NULL, cancellable, listed_cb, g_object_ref (self));
  g_task_set_source_tag (list, list_thread);
  g_task_set_task_data (list, g_object_ref (self->folder), g_object_unref);
  g_task_run_in_thread (list, list_thread);
}

/**
 * plx_update_check_run_finish:
 * @self: a #PlxUpdateCheck
 * @result: the result given to the callback
 * @error: return location for a #GError: %G_IO_ERROR_CANCELLED when
 *   cancelled, else why the folder could not be read
 *
 * Returns: %TRUE when every page was checked or skipped (the pages'
 *   statuses say how), else %FALSE
 */
gboolean
plx_update_check_run_finish (PlxUpdateCheck  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (PLX_IS_UPDATE_CHECK (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
