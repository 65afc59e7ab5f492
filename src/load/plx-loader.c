/* plx-loader.c: read a corpus from a folder, a corpus.json or an export
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
#include "plx-fetcher.h"
#include "plx-furniture.h"
#include "plx-html-page.h"
#include "plx-language.h"
#include "plx-loader-private.h"
#include "plx-manifest.h"
#include "plx-metadata.h"
#include "plx-sentence.h"

/* What the loader reads:
 *
 *  - a folder: every .txt file and saved web page (.html, .htm, .html.gz)
 *    in it and in its sub-folders (hidden ones aside), in file-name
 *    order; a folder holding a corpus.json is read through that manifest
 *    instead;
 *  - a corpus.json manifest, or a JSON export written by Parallax;
 *  - a single .txt file or saved page, as a corpus of one.
 *
 * A saved page is read by src/html: its article's body, headings and
 * title, with the rest of the page kept as boilerplate, and the
 * metadata its markup gives (a manifest's fields come first).
 *
 * A file that cannot be read (missing, unreadable, empty, binary, a
 * symbolic-link loop...) is skipped with a warning naming it, and the
 * rest of the corpus loads. Only a location that cannot be read at all
 * fails. The loader opens files for reading only: it never writes,
 * moves or touches them. Walking folders and reading files within
 * bounds is in plx-loader-files.c. */

#define REPORT_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  PlxProgressFunc  progress;
  gpointer         progress_data;
  GDestroyNotify   progress_data_destroy;
  GMainContext    *context;
  guint64          total_bytes;
  guint64          done_bytes;
  gint64           last_report;
} LoadState;

void
_plx_loader_source_free (gpointer data)
{
  Source *source = data;

  g_clear_object (&source->file);
  g_free (source->display);
  g_free (source->file_name);
  g_free (source->id);
  g_free (source->origin);
  g_free (source);
}

static void
load_state_clear (gpointer data)
{
  LoadState *state = data;

  if (state->progress_data_destroy != NULL)
    state->progress_data_destroy (state->progress_data);
  g_clear_pointer (&state->context, g_main_context_unref);
}

/* ---- Progress -------------------------------------------------------- */

typedef struct
{
  LoadState *state;
  double     fraction;
} Report;

static gboolean
deliver_report (gpointer data)
{
  Report *report = data;

  report->state->progress (report->fraction, report->state->progress_data);

  return G_SOURCE_REMOVE;
}

static void
load_state_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, load_state_clear);
}

/* A report may wait in the main context after the task is gone: it
 * holds its own reference to the state. */
static void
report_free (gpointer data)
{
  Report *report = data;

  load_state_release (report->state);
  g_free (report);
}

static void
report_progress (LoadState *state,
                 guint64    extra_bytes,
                 gboolean   force)
{
  gint64 now;
  Report *report;

  if (state == NULL || state->progress == NULL)
    return;

  now = g_get_monotonic_time ();
  if (!force && now - state->last_report < REPORT_INTERVAL)
    return;
  state->last_report = now;

  report = g_new (Report, 1);
  report->state = g_atomic_rc_box_acquire (state);
  report->fraction = state->total_bytes == 0 ? 1.0
    : MIN (1.0, (double) (state->done_bytes + extra_bytes) / (double) state->total_bytes);

  if (state->context == NULL)
    {
      deliver_report (report);
      report_free (report);
    }
  else
    g_main_context_invoke_full (state->context, G_PRIORITY_DEFAULT, deliver_report, report, report_free);
}

static void
on_bytes_done (gsize    bytes_done,
               gpointer user_data)
{
  report_progress (user_data, bytes_done, FALSE);
}

/* ---- Names ----------------------------------------------------------- */

static char *
strip_extension (const char *name)
{
  const char *dot = strrchr (name, '.');
  const char *slash = strrchr (name, '/');

  if (dot == NULL || dot == name || (slash != NULL && dot < slash))
    return g_strdup (name);

  /* "page.html.gz" is "page". */
  if (g_ascii_strcasecmp (dot, ".gz") == 0)
    {
      g_autofree char *inner = g_strndup (name, dot - name);

      if (strchr (inner, '.') != NULL)
        return strip_extension (inner);
    }

  return g_strndup (name, dot - name);
}

/* A file to read: @display names it in messages, in the export and (less
 * its extension) as the article's id. */
Source *
_plx_loader_source_new_for_file (GFile      *file,
                                 const char *display,
                                 guint64     size)
{
  Source *source = g_new0 (Source, 1);

  source->file = g_object_ref (file);
  source->display = g_strdup (display);
  source->file_name = g_strdup (display);
  source->id = strip_extension (display);
  source->size = size;

  return source;
}

gboolean
_plx_loader_has_text_extension (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text");
}

/* ---- Articles -------------------------------------------------------- */

static void
apply_entry (PlxArticle             *article,
             const PlxManifestEntry *entry)
{
  if (entry == NULL)
    return;

  if (entry->outlet != NULL)
    plx_article_set_outlet (article, entry->outlet);
  if (entry->title != NULL)
    plx_article_set_title (article, entry->title);
  if (entry->date != NULL)
    plx_article_set_date (article, entry->date);
  if (entry->published != NULL)
    plx_article_set_published (article, entry->published);
  if (entry->language != NULL)
    plx_article_set_language (article, entry->language);
  if (entry->url != NULL)
    plx_article_set_url (article, entry->url);
}

static char *
unique_id (PlxCorpus  *corpus,
           const char *id)
{
  if (plx_corpus_find_article (corpus, id) == NULL)
    return g_strdup (id);

  for (guint n = 2; ; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", id, n);

      if (plx_corpus_find_article (corpus, candidate) == NULL)
        return g_steal_pointer (&candidate);
    }
}

/* A saved page is read into @page, and its text returned. */
static char *
read_source_text (Source        *source,
                  PlxCorpus     *corpus,
                  GCancellable  *cancellable,
                  PlxHtmlPage  **page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;
  char *text;

  if (source->file == NULL)
    return g_strdup (source->entry->text);

  if (source->size > MAX_FILE_SIZE ||
      !_plx_loader_load_bounded (source->file, cancellable, &contents, &length, &error))
    {
      if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        message = g_strdup_printf (_("%s: the file is larger than %u MB; skipped"),
                                   source->display, (guint) (MAX_FILE_SIZE / (1024 * 1024)));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        message = g_strdup_printf (_("%s: the file does not exist; skipped"), source->display);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        message = g_strdup_printf (_("%s: permission denied: the file cannot be read; skipped"), source->display);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS))
        message = g_strdup_printf (_("%s: a symbolic-link loop; skipped"), source->display);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
        message = _plx_loader_not_regular_message (source->display);
      else if (g_error_matches (error, PLX_ERROR, PLX_ERROR_CHANGED))
        message = g_strdup_printf (_("%s: the file changed while it was read (a program may still be writing "
                                     "it); skipped"), source->display);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        message = g_strdup_printf (_("%s: cannot be read: %s; skipped"), source->display, error->message);
    }
  else if (plx_html_is_page_name (source->file_name))
    {
      g_autofree char *lower = g_ascii_strdown (source->file_name, -1);

      *page = plx_html_page_read (contents, length, g_str_has_suffix (lower, ".gz"), &warning, &error);
      if (warning != NULL)
        {
          message = g_strdup_printf ("%s: %s", source->display, warning);
          plx_corpus_add_warning (corpus, message);
        }
      if (*page != NULL)
        return g_strdup ((*page)->text);

      g_free (message);
      /* Translators: a file of the corpus, then why it could not be read or
       * decoded; the file is left out of the comparison
       */
      message = g_strdup_printf (_("%s: %s; skipped"), source->display, error->message);
    }
  else
    {
      text = plx_decode_text (contents, length, &warning, &error);
      if (warning != NULL)
        {
          message = g_strdup_printf ("%s: %s", source->display, warning);
          plx_corpus_add_warning (corpus, message);
        }
      if (text != NULL)
        return text;

      g_free (message);
      /* Translators: a file of the corpus, then why it could not be read or
       * decoded; the file is left out of the comparison
       */
      message = g_strdup_printf (_("%s: %s; skipped"), source->display, error->message);
    }

  if (message != NULL)
    plx_corpus_add_warning (corpus, message);

  return NULL;
}

/* An export keeps its sentences; the text is rebuilt from them, each
 * sentence at its offsets and the gaps filled with white space, so that
 * the offsets stay true. Inconsistent offsets are recomputed. */
static char *
text_from_sentences (GPtrArray *sentences)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean consistent = TRUE;

  for (guint i = 0; i < sentences->len && consistent; i++)
    {
      PlxSentence *sentence = g_ptr_array_index (sentences, i);
      const char *sentence_text = plx_sentence_get_text (sentence);
      gsize start = plx_sentence_get_start (sentence);
      gsize end = plx_sentence_get_end (sentence);

      consistent = start >= text->len && end - start == strlen (sentence_text) && start - text->len < 4096;
      if (!consistent)
        break;

      if (start > text->len)
        {
          gsize gap = start - text->len;

          g_string_append_c (text, gap > 1 ? '\n' : ' ');
          while (text->len < start)
            g_string_append_c (text, ' ');
        }
      g_string_append (text, sentence_text);
    }

  if (consistent)
    return g_string_free (g_steal_pointer (&text), FALSE);

  /* Rebuild: one sentence a line, offsets to match. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < sentences->len; i++)
    {
      PlxSentence *sentence = g_ptr_array_index (sentences, i);
      gsize start;

      if (i > 0)
        g_string_append_c (text, '\n');
      start = text->len;
      g_string_append (text, plx_sentence_get_text (sentence));
      g_ptr_array_index (sentences, i) =
        plx_sentence_new (i, plx_sentence_get_role (sentence), start, text->len, plx_sentence_get_text (sentence));
      g_object_unref (sentence);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether an export's sentences point at @text: in order, inside it,
 * each the very bytes at its offsets. A hand-edited export may give a
 * "text" beside "sentences" that do not; everything downstream reads
 * the text at the sentences' offsets. */
static gboolean
sentences_fit_text (GPtrArray  *sentences,
                    const char *text)
{
  gsize length = strlen (text);
  gsize previous_end = 0;

  for (guint i = 0; i < sentences->len; i++)
    {
      PlxSentence *sentence = g_ptr_array_index (sentences, i);
      gsize start = plx_sentence_get_start (sentence);
      gsize end = plx_sentence_get_end (sentence);
      const char *sentence_text = plx_sentence_get_text (sentence);

      if (start < previous_end || end < start || end > length ||
          strlen (sentence_text) != end - start ||
          memcmp (text + start, sentence_text, end - start) != 0)
        return FALSE;
      previous_end = end;
    }

  return TRUE;
}

/* An article too short for its language to show (a two-line brief)
 * takes the language of most of the corpus: the outlets compared in
 * one corpus nearly always write in one language. Its sentences were
 * cut without that language's abbreviations; words, numbers and dates
 * are read with it from here on. */
static void
fill_missing_languages (PlxCorpus *corpus)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  const char *majority;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), i);

      g_ptr_array_add (codes, (gpointer) plx_article_get_language (article));
    }
  majority = plx_language_majority (codes);
  if (majority == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), i);

      if (plx_article_get_language (article) == NULL)
        plx_article_set_language (article, majority);
    }
}

static void
load_sources (PlxCorpus    *corpus,
              GPtrArray    *sources,
              LoadState    *state,
              GCancellable *cancellable)
{
  PlxFurnitureRules *rules = plx_furniture_rules_get_default ();

  if (state != NULL)
    {
      state->total_bytes = 0;
      for (guint i = 0; i < sources->len; i++)
        {
          Source *source = g_ptr_array_index (sources, i);

          state->total_bytes += source->file != NULL ? source->size : 0;
        }
    }

  for (guint i = 0; i < sources->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Source *source = g_ptr_array_index (sources, i);
      g_autoptr(PlxArticle) article = NULL;
      g_autoptr(PlxHtmlPage) page = NULL;
      g_autofree char *text = NULL;
      g_autofree char *id = NULL;
      gboolean exported = source->entry != NULL && source->entry->sentences != NULL;

      if (exported && source->entry->text == NULL && source->file == NULL)
        text = text_from_sentences (source->entry->sentences);
      else
        text = read_source_text (source, corpus, cancellable, &page);

      if (text != NULL)
        {
          id = unique_id (corpus, source->id);
          article = plx_article_new (id, text);
          plx_article_set_file (article, source->file_name);
          apply_entry (article, source->entry);

          if (page != NULL)
            {
              plx_html_page_apply (page, article);
              if (!plx_analyse_blocks (article, page->blocks, rules, cancellable))
                break;
              if (plx_article_count_role (article, PLX_ROLE_BODY) == 0)
                {
                  g_autofree char *message =
                    /* Translators: %s is a saved web page; page furniture is
                     * the boilerplate around a story (menus, bylines,
                     * related links)
                     */
                    g_strdup_printf (_("%s: no article found in the page; its text is kept as page furniture"),
                                     source->display);

                  plx_corpus_add_warning (corpus, message);
                }
            }
          else if (exported && source->file == NULL &&
                   sentences_fit_text (source->entry->sentences, text))
            plx_article_set_sentences (article, source->entry->sentences);
          else if (!plx_analyse_article (article, rules, cancellable, on_bytes_done, state))
            break;

          /* A page that names no address of its own has the one it came from. */
          if (plx_article_get_url (article) == NULL && source->origin != NULL)
            plx_article_set_url (article, source->origin);

          if (plx_article_get_outlet (article) == NULL && source->file != NULL)
            {
              g_autofree char *base = g_path_get_basename (source->id);
              g_autofree char *outlet = plx_metadata_outlet_from_name (base);

              plx_article_set_outlet (article, outlet);
            }

          plx_corpus_append (corpus, article);
        }

      if (state != NULL)
        {
          state->done_bytes += source->file != NULL ? source->size : 0;
          report_progress (state, 0, i + 1 == sources->len);
        }
    }

  fill_missing_languages (corpus);
}

/* ---- Entry points ---------------------------------------------------- */

static PlxCorpus *
load_folder (GFile        *folder,
             LoadState    *state,
             GCancellable *cancellable)
{
  g_autofree char *name = g_file_get_basename (folder);
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(PlxCorpus) corpus = plx_corpus_new (name, path);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (_plx_loader_source_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GFileInfo) info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autofree char *real_root = _plx_loader_real_folder_path (folder);
  FolderWalk walk = { folder, real_root, visited, sources, corpus, cancellable };

  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ID_FILE))
    g_hash_table_add (visited, g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE)));

  _plx_loader_collect_folder (&walk, folder, "", 0);
  if (sources->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s: the folder holds no text files (.txt) or saved web pages (.html)"), name);

      plx_corpus_add_warning (corpus, message);
    }

  load_sources (corpus, sources, state, cancellable);

  return g_steal_pointer (&corpus);
}

/* ---- Manifests ------------------------------------------------------ */

static PlxCorpus *
load_manifest (GFile         *file,
               LoadState     *state,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *file_name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (_plx_loader_source_free);
  g_autoptr(PlxManifest) manifest = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *real_folder = folder != NULL ? _plx_loader_real_folder_path (folder) : NULL;
  gsize length = 0;

  if (!_plx_loader_load_bounded (file, cancellable, &contents, &length, &local_error))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("%s: cannot be read: %s"),
                   file_name, local_error->message);
      return NULL;
    }

  manifest = plx_manifest_parse (contents, length, file_name, warnings, error);
  if (manifest == NULL)
    return NULL;

  if (manifest->name == NULL)
    {
      g_autofree char *stem = strip_extension (file_name);

      manifest->name = g_str_equal (stem, "corpus") && folder != NULL
        ? g_file_get_basename (folder) : g_steal_pointer (&stem);
    }
  corpus = plx_corpus_new (manifest->name, path);
  for (guint i = 0; i < warnings->len; i++)
    plx_corpus_add_warning (corpus, g_ptr_array_index (warnings, i));

  for (guint i = 0; i < manifest->entries->len; i++)
    {
      PlxManifestEntry *entry = g_ptr_array_index (manifest->entries, i);
      Source *source = g_new0 (Source, 1);

      source->entry = entry;
      source->display = g_strdup_printf ("%s: %s", file_name, entry->label);
      if (entry->file != NULL && entry->text == NULL && !manifest->is_export)
        {
          g_autoptr(GFileInfo) info = NULL;

          source->file = folder != NULL ? _plx_loader_resolve_inside_folder (folder, real_folder, entry->file) : NULL;
          if (source->file == NULL)
            {
              g_autofree char *message =
                /* Translators: %s names an entry of a corpus.json and its
                 * file; the file is not read
                 */
                g_strdup_printf (_("%s: the file is outside the folder of the corpus.json; refused, so that a shared "
                                   "corpus.json cannot read other files (to compare it, open the folder that holds it)"),
                                 source->display);

              plx_corpus_add_warning (corpus, message);
              _plx_loader_source_free (source);
              continue;
            }
          source->file_name = g_strdup (entry->file);
          info = g_file_query_info (source->file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                    G_FILE_QUERY_INFO_NONE, NULL, NULL);
          source->size = info != NULL ? g_file_info_get_size (info) : 0;
          /* Not even opened, as in a folder (see not_regular_message()). */
          if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
            {
              g_autofree char *message = _plx_loader_not_regular_message (source->display);

              plx_corpus_add_warning (corpus, message);
              _plx_loader_source_free (source);
              continue;
            }
        }

      if (entry->id != NULL)
        source->id = g_strdup (entry->id);
      else if (entry->file != NULL)
        {
          g_autofree char *base = g_path_get_basename (entry->file);

          source->id = strip_extension (base);
        }
      else
        source->id = g_strdup_printf ("article-%u", i + 1);

      g_ptr_array_add (sources, source);
    }

  load_sources (corpus, sources, state, cancellable);

  return g_steal_pointer (&corpus);
}

static PlxCorpus *
load_single_file (GFile        *file,
                  LoadState    *state,
                  GCancellable *cancellable)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(PlxCorpus) corpus = plx_corpus_new (name, path);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (_plx_loader_source_free);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  g_ptr_array_add (sources, _plx_loader_source_new_for_file (file, name, info != NULL ? g_file_info_get_size (info) : 0));

  load_sources (corpus, sources, state, cancellable);

  return g_steal_pointer (&corpus);
}

static PlxCorpus *
load_location (GFile         *location,
               LoadState     *state,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (location);
  PlxCorpus *corpus = NULL;

  info = g_file_query_info (location, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("%s: no such file or folder"), name);
      else
        g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      {
        g_autoptr(GFile) manifest = g_file_get_child (location, "corpus.json");

        if (g_file_query_exists (manifest, cancellable))
          corpus = load_manifest (manifest, state, cancellable, error);
        else
          corpus = load_folder (location, state, cancellable);
      }
      break;

    case G_FILE_TYPE_REGULAR:
      {
        g_autofree char *lower = g_ascii_strdown (name, -1);

        if (g_str_has_suffix (lower, ".json"))
          corpus = load_manifest (location, state, cancellable, error);
        else if (_plx_loader_has_text_extension (lower) || plx_html_is_page_name (lower))
          corpus = load_single_file (location, state, cancellable);
        else
          g_set_error (error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                       _("%s: not a corpus: open a folder of .txt files, a corpus.json or a Parallax export"),
                       name);
      }
      break;

    case G_FILE_TYPE_SYMBOLIC_LINK:
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("%s: a broken symbolic link or a link loop"), name);
      break;

    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                   _("%s: not a corpus: open a folder of .txt files, a corpus.json or a Parallax export"),
                   name);
      break;
    }

  if (corpus != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    g_clear_object (&corpus);

  return corpus;
}

/**
 * plx_corpus_load:
 * @location: a folder, a corpus.json, a Parallax export or a .txt file
 * @cancellable: (nullable): a #GCancellable
 * @error: a location for a #GError
 *
 * Loads a corpus synchronously. Files that cannot be read are skipped
 * and listed by plx_corpus_get_warnings(); the corpus may then hold no
 * article at all, which callers should report.
 *
 * Returns: (transfer full) (nullable): the corpus, or %NULL if @location
 *   cannot be read as a corpus at all
 */
PlxCorpus *
plx_corpus_load (GFile         *location,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (location), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  return load_location (location, NULL, cancellable, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadState *state = task_data;
  GFile *location = g_object_get_data (G_OBJECT (task), "location");
  GError *error = NULL;
  PlxCorpus *corpus;

  corpus = load_location (location, state, cancellable, &error);
  if (corpus == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, corpus, g_object_unref);
}

/**
 * plx_corpus_load_async:
 * @location: a folder, a corpus.json, a Parallax export or a .txt file
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): called with the fraction read
 * @progress_data: data for @progress
 * @progress_data_destroy: (nullable): frees @progress_data
 * @callback: called when the corpus is loaded
 * @user_data: data for @callback
 *
 * Loads a corpus in a worker thread; see plx_corpus_load(). @progress is
 * called on the thread-default main context of the caller.
 */
void
plx_corpus_load_async (GFile               *location,
                       GCancellable        *cancellable,
                       PlxProgressFunc      progress,
                       gpointer             progress_data,
                       GDestroyNotify       progress_data_destroy,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadState *state;

  g_return_if_fail (G_IS_FILE (location));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  state = g_atomic_rc_box_new0 (LoadState);
  state->progress = progress;
  state->progress_data = progress_data;
  state->progress_data_destroy = progress_data_destroy;
  state->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_corpus_load_async);
  g_task_set_task_data (task, state, load_state_release);
  g_object_set_data_full (G_OBJECT (task), "location", g_object_ref (location), g_object_unref);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * plx_corpus_load_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the corpus; see plx_corpus_load()
 */
PlxCorpus *
plx_corpus_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
