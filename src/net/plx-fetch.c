/* plx-fetch.c: one web page being fetched, from asking to saving
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "plx-fetcher-private.h"

/* The steps of a fetch (see plx-fetcher.c for what it does and why),
 * each started by the one before: asking, redirects, checking the
 * response, downloading into a hidden part file, saving. Each runs in
 * the main context of the caller of plx_fetcher_fetch_async(). */

#define READ_SIZE       (64 * 1024)
#define MAX_NAMES       1000

/* What Parallax reads, in the order it prefers. */
#define ACCEPT "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"

static void
fetch_stop_timer (Fetch *fetch)
{
  if (fetch->timeout == NULL)
    return;

  g_source_destroy (fetch->timeout);
  g_clear_pointer (&fetch->timeout, g_source_unref);
}

void
_plx_fetch_free (gpointer data)
{
  Fetch *fetch = data;

  fetch_stop_timer (fetch);
  if (fetch->cancelled_id != 0)
    g_cancellable_disconnect (fetch->caller_cancellable, fetch->cancelled_id);
  if (fetch->message != NULL)
    g_signal_handlers_disconnect_by_data (fetch->message, fetch);
  if (fetch->progress_data_destroy != NULL)
    fetch->progress_data_destroy (fetch->progress_data);
  if (fetch->keep_data_destroy != NULL)
    fetch->keep_data_destroy (fetch->keep_data);

  g_clear_pointer (&fetch->address, g_free);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_object (&fetch->folder);
  g_clear_pointer (&fetch->visited, g_hash_table_unref);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_object (&fetch->message);
  g_clear_pointer (&fetch->sniffed_type, g_free);
  g_clear_object (&fetch->body);
  g_clear_pointer (&fetch->chunk, g_bytes_unref);
  g_clear_object (&fetch->part);
  g_clear_object (&fetch->output);
  g_clear_object (&fetch->saved);
  g_clear_error (&fetch->error);
  g_clear_pointer (&fetch->name, g_free);
  g_free (fetch);
}

static void fetch_send     (GTask *task);
static void fetch_read     (GTask *task);
static void fetch_conclude (GTask *task);

/* ---- Ending a fetch -------------------------------------------------- */

void
_plx_fetcher_start_next (PlxFetcher *self)
{
  while (self->n_running < PLX_FETCH_MAX_PARALLEL && !g_queue_is_empty (&self->waiting))
    {
      g_autoptr(GTask) task = g_queue_pop_head (&self->waiting);

      _plx_fetch_start (task);
    }
}

/* Hands the result to the caller, and the fetch's turn to the next. */
static void
fetch_return (GTask *task)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  fetch_stop_timer (fetch);
  self->n_running--;
  _plx_fetcher_start_next (self);

  if (fetch->error != NULL)
    g_task_return_error (task, g_steal_pointer (&fetch->error));
  else
    g_task_return_pointer (task, g_steal_pointer (&fetch->saved), g_object_unref);
}

/* Stops the fetch with @error (the first one counts), and cleans up. */
static void
fetch_fail (GTask  *task,
            GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->error == NULL)
    fetch->error = error;
  else
    g_error_free (error);

  fetch_stop_timer (fetch);
  /* A pending read of the body stops at once. */
  g_cancellable_cancel (fetch->cancellable);
  fetch_conclude (task);
}

/* @error of a network or file operation as the user should read it:
 * naming the address, and saying so when the timeout stopped it. */
static GError *
fetch_error_from (GTask  *task,
                  GError *error)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && fetch->timed_out)
    return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_TIMED_OUT,
                        /* Translators: %s is a web address, %u a number of seconds */
                        ngettext ("%s: no answer from the server for %u second",
                                  "%s: no answer from the server for %u seconds",
                                  self->timeout),
                        fetch->address, self->timeout);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* Translators: %s is a web address whose download the user stopped */
    return g_error_new (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("%s: cancelled"), fetch->address);

  /* Translators: %s is a web address, then why it could not be fetched,
   * e.g. “Could not connect to example.com: Connection refused”
   */
  return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_FAILED, _("%s: %s"), fetch->address, error->message);
}

/* @error of writing into the folder. */
static GError *
fetch_save_error (GTask  *task,
                  GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *folder = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return fetch_error_from (task, error);

  folder = g_file_get_parse_name (fetch->folder);

  /* Translators: a web address, the folder the page was to be saved in,
   * and why it could not be
   */
  return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_SAVE, _("%s: cannot save the page in %s: %s"),
                      fetch->address, folder, error->message);
}

static void
body_closed_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);

  /* The rest of a body read or cancelled: nothing to say. */
  g_input_stream_close_finish (G_INPUT_STREAM (source_object), result, NULL);
  g_clear_object (&fetch->body);
  fetch_conclude (task);
}

static void
output_closed_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_close_finish (G_OUTPUT_STREAM (source_object), result, &error) &&
      fetch->error == NULL)
    fetch->error = fetch_save_error (task, error);
  g_clear_object (&fetch->output);
  fetch_conclude (task);
}

static void
part_deleted_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_file_delete_finish (G_FILE (source_object), result, &error))
    g_warning ("Could not remove the unfinished download %s: %s",
               g_file_peek_path (fetch->part), error->message);
  g_clear_object (&fetch->part);
  fetch_conclude (task);
}

/* The download, complete, gets its name: see the top of the file. The
 * keep function, if any, decides first whether it is saved at all. */
typedef struct
{
  GFile            *folder;
  GFile            *part;
  char             *stem;
  const char       *extension;
  char             *origin;
  PlxFetchKeepFunc  keep;
  gpointer          keep_data;     /* the fetch's: it outlives the job */
  gboolean          keep_failed;   /* the error is keep's own, not of saving */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->folder);
  g_clear_object (&job->part);
  g_clear_pointer (&job->stem, g_free);
  g_clear_pointer (&job->origin, g_free);
  g_free (job);
}

/* Runs in a worker thread. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;

  if (job->keep != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!job->keep (job->part, job->origin, job->extension, job->keep_data, &error))
        {
          job->keep_failed = error != NULL;
          if (error != NULL)
            g_task_return_error (task, g_steal_pointer (&error));
          else
            g_task_return_pointer (task, NULL, NULL);
          return;
        }
    }

  /* Not every file system keeps extended attributes: best effort. */
  g_file_set_attribute_string (job->part, PLX_FETCH_ORIGIN_ATTRIBUTE, job->origin,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  for (guint n = 1; n <= MAX_NAMES; n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (job->stem, job->extension, NULL)
                                     : g_strdup_printf ("%s-%u%s", job->stem, n, job->extension);
      g_autoptr(GFile) file = g_file_get_child (job->folder, name);
      g_autoptr(GFileOutputStream) claim = NULL;
      g_autoptr(GError) error = NULL;

      claim = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);
      if (claim == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        continue;
      if (claim == NULL || !g_output_stream_close (G_OUTPUT_STREAM (claim), NULL, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      /* The empty file is ours: the download takes its place. */
      if (!g_file_move (job->part, file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                        NULL, NULL, NULL, &error))
        {
          g_file_delete (file, NULL, NULL);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
      return;
    }

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           /* Translators: %s is a file name such as example.com-story */
                           _("%s and %u others like it already exist"), job->stem, MAX_NAMES - 1);
}

static void
saved_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  fetch->saved = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    fetch->error = job->keep_failed ? g_steal_pointer (&error) : fetch_save_error (task, error);
  else if (fetch->saved == NULL)
    fetch->dropped = TRUE;
  else
    g_clear_object (&fetch->part);

  fetch_conclude (task);
}

static void
fetch_save (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GTask) save = NULL;
  SaveJob *job = g_new0 (SaveJob, 1);

  job->folder = g_object_ref (fetch->folder);
  job->part = g_object_ref (fetch->part);
  job->origin = g_uri_to_string (fetch->uri);
  job->stem = fetch->name != NULL ? g_strdup (fetch->name) : plx_fetch_file_stem (job->origin);
  job->extension = fetch->extension;
  job->keep = fetch->keep;
  job->keep_data = fetch->keep_data;

  save = g_task_new (NULL, NULL, saved_cb, g_object_ref (task));
  g_task_set_source_tag (save, fetch_save);
  g_task_set_task_data (save, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (save, save_thread);
}

/* After the last piece of the page, or a failure: one step at a time,
 * the body and the file are closed, then the download is saved under
 * its name or, on failure or when the keep function dropped it,
 * removed; then the caller hears. Local
 * operations are not cancellable: a download complete is saved. */
static void
fetch_conclude (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->body != NULL)
    g_input_stream_close_async (fetch->body, G_PRIORITY_DEFAULT,
                                fetch->cancellable, body_closed_cb, g_object_ref (task));
  else if (fetch->output != NULL)
    g_output_stream_close_async (fetch->output, G_PRIORITY_DEFAULT,
                                 NULL, output_closed_cb, g_object_ref (task));
  else if (fetch->part != NULL && fetch->error == NULL && !fetch->dropped)
    fetch_save (task);
  else if (fetch->part != NULL)
    g_file_delete_async (fetch->part, G_PRIORITY_DEFAULT, NULL, part_deleted_cb, g_object_ref (task));
  else
    fetch_return (task);
}

/* ---- Timeout --------------------------------------------------------- */

static gboolean
fetch_timeout_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->timed_out = TRUE;
  g_clear_pointer (&fetch->timeout, g_source_unref);
  g_cancellable_cancel (fetch->cancellable);

  return G_SOURCE_REMOVE;
}

/* The server has the timeout from now to send something. */
static void
fetch_restart_timer (GTask *task)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  fetch_stop_timer (fetch);
  if (self->timeout == 0)
    return;

  fetch->timeout = g_timeout_source_new (MIN (self->timeout, G_MAXUINT / 1000) * 1000);
  g_source_set_static_name (fetch->timeout, "[parallax] fetch timeout");
  g_source_set_callback (fetch->timeout, fetch_timeout_cb, fetch, NULL);
  g_source_attach (fetch->timeout, g_task_get_context (task));
}

/* ---- Downloading ----------------------------------------------------- */

static void
written_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&fetch->chunk, g_bytes_unref);
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source_object), result, NULL, &error))
    {
      fetch_fail (task, fetch_save_error (task, error));
      return;
    }

  fetch_read (task);
}

static void
read_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;
  gsize size;

  fetch->chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source_object), result, &error);
  if (fetch->chunk == NULL)
    {
      fetch_fail (task, fetch_error_from (task, error));
      return;
    }

  size = g_bytes_get_size (fetch->chunk);
  if (size == 0)
    {
      g_clear_pointer (&fetch->chunk, g_bytes_unref);
      fetch_stop_timer (fetch);
      if (fetch->received == 0)
        fetch_fail (task, g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_EMPTY,
                                       /* Translators: %s is a web address */
                                       _("%s: the server sent an empty page"), fetch->address));
      else
        fetch_conclude (task);
      return;
    }

  fetch->received += size;
  if (fetch->received > self->max_size)
    {
      limit = g_format_size (self->max_size);
      fetch_fail (task, g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_TOO_LARGE,
                                     /* Translators: a web address, then a size such as “50.0 MB” */
                                     _("%s: the page is larger than %s, the limit"), fetch->address, limit));
      return;
    }

  fetch_restart_timer (task);
  if (fetch->progress != NULL)
    fetch->progress (fetch->received, fetch->expected, fetch->progress_data);

  g_output_stream_write_all_async (fetch->output,
                                   g_bytes_get_data (fetch->chunk, NULL), size,
                                   G_PRIORITY_DEFAULT, fetch->cancellable,
                                   written_cb, g_object_ref (task));
}

static void
fetch_read (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->body, READ_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, g_object_ref (task));
}

static void fetch_create_part (GTask *task);

static void
part_created_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;

  output = g_file_create_finish (G_FILE (source_object), result, &error);
  if (output == NULL)
    {
      g_clear_object (&fetch->part);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) && fetch->part_attempts < MAX_NAMES)
        {
          fetch_create_part (task);
          return;
        }

      /* Not the hidden file's name, which means nothing to the user. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_clear_error (&error);
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("the folder does not exist"));
        }
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        {
          g_clear_error (&error);
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                               _("permission denied: the folder cannot be written to"));
        }
      fetch_fail (task, fetch_save_error (task, error));
      return;
    }

  fetch->output = G_OUTPUT_STREAM (g_steal_pointer (&output));
  fetch_read (task);
}

/* The hidden file the page streams into, under a random name. */
static void
fetch_create_part (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *name = g_strdup_printf (".parallax-download-%08x", g_random_int ());

  fetch->part = g_file_get_child (fetch->folder, name);
  fetch->part_attempts++;
  /* Not cancellable: a creation cancelled once done would report no
   * file, and leave one. */
  g_file_create_async (fetch->part, G_FILE_CREATE_NONE, G_PRIORITY_DEFAULT,
                       NULL, part_created_cb, g_object_ref (task));
}

/* The extension a page of @type is saved with, or NULL to refuse it. */
static const char *
extension_for_type (const char *type)
{
  if (type == NULL)
    return NULL;
  if (g_ascii_strcasecmp (type, "text/html") == 0 ||
      g_ascii_strcasecmp (type, "application/xhtml+xml") == 0)
    return ".html";
  if (g_ascii_strcasecmp (type, "text/plain") == 0)
    return ".txt";

  return NULL;
}

static void
content_sniffed_cb (SoupMessage *message,
                    const char  *type,
                    GHashTable  *params,
                    Fetch       *fetch)
{
  g_free (fetch->sniffed_type);
  fetch->sniffed_type = g_strdup (type);
}

static GError *
fetch_check_response (GTask *task)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  guint status = soup_message_get_status (fetch->message);
  const char *type;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *phrase = soup_message_get_reason_phrase (fetch->message);

      if (phrase == NULL || *phrase == '\0')
        phrase = soup_status_get_phrase (status);

      return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_STATUS,
                          /* Translators: a web address, then an HTTP status such as “404 Not Found” */
                          _("%s: the server answered %u %s"), fetch->address, status, phrase);
    }

  /* The sniffer has the last word when it had one to say. */
  type = fetch->sniffed_type != NULL ? fetch->sniffed_type
                                     : soup_message_headers_get_content_type (headers, NULL);
  fetch->extension = extension_for_type (type);
  if (fetch->extension == NULL)
    return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_TYPE,
                        /* Translators: a web address, then a type such as
                         * “image/png” or “application/pdf”
                         */
                        _("%s: not a web page but %s; Parallax saves web pages (HTML) and plain text"),
                        fetch->address, type != NULL ? type : _("a file of unknown type"));

  /* The announced size is of the page as sent: with a Content-Encoding,
   * it says nothing of the page's own size. */
  fetch->expected = -1;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    fetch->expected = soup_message_headers_get_content_length (headers);

  if (fetch->expected > self->max_size)
    {
      g_autofree char *size = g_format_size (fetch->expected);
      g_autofree char *limit = g_format_size (self->max_size);

      return g_error_new (PLX_FETCH_ERROR, PLX_FETCH_ERROR_TOO_LARGE,
                          /* Translators: a web address, the size of its page and the limit, “60.0 MB” */
                          _("%s: the page is %s, more than %s, the limit"), fetch->address, size, limit);
    }

  return NULL;
}

/* ---- Redirects ------------------------------------------------------- */

static void
redirect_closed_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_clear_object (&fetch->body);
  if (!g_input_stream_close_finish (G_INPUT_STREAM (source_object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      fetch_fail (task, fetch_error_from (task, error));
      return;
    }

  fetch_send (task);
}

/* Where a redirect leads, if it may be followed. */
static GUri *
fetch_check_redirect (GTask       *task,
                      const char  *location,
                      GError     **error)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GUri) target = g_uri_parse_relative (fetch->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  g_autofree char *key = NULL;

  if (target == NULL || !_plx_fetch_is_web_scheme (g_uri_get_scheme (target)) ||
      g_uri_get_host (target) == NULL || *g_uri_get_host (target) == '\0')
    {
      g_set_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_ADDRESS,
                   /* Translators: a web address, then where the server sent the browser */
                   _("%s: redirected to “%s”, which is not a web address"), fetch->address, location);
      return NULL;
    }

  key = g_uri_to_string (target);
  if (!g_hash_table_add (fetch->visited, g_steal_pointer (&key)))
    {
      g_set_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_REDIRECT_LOOP,
                   /* Translators: %s is a web address */
                   _("%s: the redirects go round in a loop"), fetch->address);
      return NULL;
    }

  if (++fetch->n_redirects > self->max_redirects)
    {
      g_set_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_REDIRECTS,
                   /* Translators: a web address, then the most redirects followed */
                   ngettext ("%s: more than %u redirect", "%s: more than %u redirects", self->max_redirects),
                   fetch->address, self->max_redirects);
      return NULL;
    }

  return g_steal_pointer (&target);
}

/* ---- Asking ---------------------------------------------------------- */

static void
sent_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  guint status;
  const char *location;

  fetch->body = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (fetch->body == NULL)
    {
      fetch_fail (task, fetch_error_from (task, error));
      return;
    }

  status = soup_message_get_status (fetch->message);
  location = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message), "Location");
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED && location != NULL)
    {
      g_autoptr(GUri) target = fetch_check_redirect (task, location, &error);

      if (target == NULL)
        {
          fetch_fail (task, g_steal_pointer (&error));
          return;
        }

      g_uri_unref (fetch->uri);
      fetch->uri = g_steal_pointer (&target);
      fetch_restart_timer (task);
      g_input_stream_close_async (fetch->body, G_PRIORITY_DEFAULT, fetch->cancellable,
                                  redirect_closed_cb, g_object_ref (task));
      return;
    }

  error = fetch_check_response (task);
  if (error != NULL)
    {
      fetch_fail (task, g_steal_pointer (&error));
      return;
    }

  fetch_restart_timer (task);
  fetch_create_part (task);
}

static void
fetch_send (GTask *task)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->message != NULL)
    g_signal_handlers_disconnect_by_data (fetch->message, fetch);
  g_clear_object (&fetch->message);
  g_clear_pointer (&fetch->sniffed_type, g_free);

  fetch->message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (fetch->message), "Accept", ACCEPT);
  g_signal_connect (fetch->message, "content-sniffed", G_CALLBACK (content_sniffed_cb), fetch);

  soup_session_send_async (self->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, sent_cb, g_object_ref (task));
}

static void
caller_cancelled_cb (GCancellable *caller_cancellable,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

void
_plx_fetch_start (GTask *task)
{
  PlxFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  self->n_running++;
  fetch->cancellable = g_cancellable_new ();
  if (fetch->caller_cancellable != NULL)
    fetch->cancelled_id = g_cancellable_connect (fetch->caller_cancellable,
                                                 G_CALLBACK (caller_cancelled_cb),
                                                 g_object_ref (fetch->cancellable),
                                                 g_object_unref);

  fetch_restart_timer (task);
  fetch_send (task);
}
