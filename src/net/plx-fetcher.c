/* plx-fetcher.c: web pages downloaded into a corpus folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "plx-fetcher-private.h"

/* A fetch asks for one address with libsoup, in the main context of its
 * caller, and saves the page as a new file of the folder given:
 *
 *  - only http:// and https:// addresses, and redirects to such ones,
 *    followed here rather than by libsoup so that each is checked, loops
 *    are told from long chains, and the limit is ours;
 *  - only web pages (text/html, application/xhtml+xml), saved as .html,
 *    and plain text, saved as .txt: the two kinds a corpus folder holds.
 *    libsoup's content sniffer decides when the server names no type or
 *    calls binary data text;
 *  - the page streams into a hidden file of the folder (the loader skips
 *    hidden files), counted as it comes: past the size limit the download
 *    stops. A server silent for longer than the timeout (connecting,
 *    answering, or between two pieces of the page) fails it too;
 *  - once complete, the file takes a name made from the address. The name
 *    is claimed with g_file_create(), which fails rather than replace a
 *    file, and only then does the download move over that new empty file:
 *    no file of the folder is ever overwritten, and a failed or cancelled
 *    download leaves nothing behind;
 *  - the bytes are saved as received (after any Content-Encoding is
 *    undone), so that the page reads as a page saved from a browser. The
 *    address it came from goes into the file's user.xdg.origin.url
 *    extended attribute, as browsers record it, where the file system
 *    has them; the loader reads it when the page names no canonical
 *    address of its own.
 *
 * At most PLX_FETCH_MAX_PARALLEL fetches run at once; the others wait
 * their turn. The steps of one fetch are in plx-fetch.c, checking and
 * naming addresses in plx-fetch-address.c; a list of addresses fetched
 * together, as parallax-cli fetch and Add from Web do, is a
 * PlxFetchBatch (plx-fetch-batch.c). */

G_DEFINE_FINAL_TYPE (PlxFetcher, plx_fetcher, G_TYPE_OBJECT)

G_DEFINE_QUARK (plx-fetch-error-quark, plx_fetch_error)

enum {
  PROP_0,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  PROP_MAX_REDIRECTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- The object ------------------------------------------------------ */

static void
plx_fetcher_finalize (GObject *object)
{
  PlxFetcher *self = (PlxFetcher *)object;

  /* Each waiting fetch holds a reference to the fetcher. */
  g_assert (g_queue_is_empty (&self->waiting));
  g_clear_object (&self->session);

  G_OBJECT_CLASS (plx_fetcher_parent_class)->finalize (object);
}

static void
plx_fetcher_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlxFetcher *self = PLX_FETCHER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    case PROP_MAX_SIZE:
      g_value_set_int64 (value, self->max_size);
      break;

    case PROP_MAX_REDIRECTS:
      g_value_set_uint (value, self->max_redirects);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_fetcher_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlxFetcher *self = PLX_FETCHER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      plx_fetcher_set_timeout (self, g_value_get_uint (value));
      break;

    case PROP_MAX_SIZE:
      plx_fetcher_set_max_size (self, g_value_get_int64 (value));
      break;

    case PROP_MAX_REDIRECTS:
      plx_fetcher_set_max_redirects (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_fetcher_class_init (PlxFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_fetcher_finalize;
  object_class->get_property = plx_fetcher_get_property;
  object_class->set_property = plx_fetcher_set_property;

  /**
   * PlxFetcher:timeout:
   *
   * How many seconds a server may stay silent (while connecting,
   * before answering, or between two pieces of a page) before the
   * fetch fails; 0 waits for ever.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       0, G_MAXUINT, PLX_FETCH_TIMEOUT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * PlxFetcher:max-size:
   *
   * The largest page saved, in bytes; a larger one fails as soon as
   * that many bytes have come.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_int64 ("max-size", NULL, NULL,
                        1, G_MAXINT64, PLX_FETCH_MAX_SIZE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * PlxFetcher:max-redirects:
   *
   * How many redirects a fetch follows.
   */
  properties[PROP_MAX_REDIRECTS] =
    g_param_spec_uint ("max-redirects", NULL, NULL,
                       0, G_MAXUINT, PLX_FETCH_MAX_REDIRECTS,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_fetcher_init (PlxFetcher *self)
{
  self->timeout = PLX_FETCH_TIMEOUT;
  self->max_size = PLX_FETCH_MAX_SIZE;
  self->max_redirects = PLX_FETCH_MAX_REDIRECTS;
  g_queue_init (&self->waiting);

  /* libsoup's own timeout stays off: ours also counts the silence
   * between two pieces of a page. */
  self->session = soup_session_new_with_options ("user-agent", "Parallax/" PACKAGE_VERSION " (+" PACKAGE_URL ")",
                                                 "max-conns-per-host", PLX_FETCH_MAX_PARALLEL,
                                                 NULL);
  soup_session_add_feature_by_type (self->session, SOUP_TYPE_CONTENT_SNIFFER);
}

/**
 * plx_fetcher_new:
 *
 * A fetcher for the thread-default main context of the caller: its
 * fetches run there, and must be started from there.
 *
 * Returns: (transfer full): a new #PlxFetcher
 */
PlxFetcher *
plx_fetcher_new (void)
{
  return g_object_new (PLX_TYPE_FETCHER, NULL);
}

guint
plx_fetcher_get_timeout (PlxFetcher *self)
{
  g_return_val_if_fail (PLX_IS_FETCHER (self), 0);

  return self->timeout;
}

/**
 * plx_fetcher_set_timeout:
 * @self: a #PlxFetcher
 * @seconds: the longest silence of a server, 0 for none
 *
 * Sets #PlxFetcher:timeout, for the fetches started from now on.
 */
void
plx_fetcher_set_timeout (PlxFetcher *self,
                         guint       seconds)
{
  g_return_if_fail (PLX_IS_FETCHER (self));

  if (self->timeout == seconds)
    return;

  self->timeout = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

goffset
plx_fetcher_get_max_size (PlxFetcher *self)
{
  g_return_val_if_fail (PLX_IS_FETCHER (self), 0);

  return self->max_size;
}

/**
 * plx_fetcher_set_max_size:
 * @self: a #PlxFetcher
 * @max_size: the largest page saved, in bytes
 *
 * Sets #PlxFetcher:max-size.
 */
void
plx_fetcher_set_max_size (PlxFetcher *self,
                          goffset     max_size)
{
  g_return_if_fail (PLX_IS_FETCHER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

guint
plx_fetcher_get_max_redirects (PlxFetcher *self)
{
  g_return_val_if_fail (PLX_IS_FETCHER (self), 0);

  return self->max_redirects;
}

/**
 * plx_fetcher_set_max_redirects:
 * @self: a #PlxFetcher
 * @max_redirects: how many redirects a fetch follows
 *
 * Sets #PlxFetcher:max-redirects.
 */
void
plx_fetcher_set_max_redirects (PlxFetcher *self,
                               guint       max_redirects)
{
  g_return_if_fail (PLX_IS_FETCHER (self));

  if (self->max_redirects == max_redirects)
    return;

  self->max_redirects = max_redirects;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_REDIRECTS]);
}

/**
 * plx_fetcher_fetch_async:
 * @self: a #PlxFetcher
 * @address: an http:// or https:// address
 * @folder: the folder to save the page in
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable): called as the page comes
 * @progress_data: data for @progress
 * @progress_data_destroy: (nullable): frees @progress_data after the fetch
 * @callback: called once the page is saved, or could not be
 * @user_data: data for @callback
 *
 * Downloads the page at @address into a new file of @folder, named from
 * the address (see plx_fetch_file_stem()) with .html, or .txt for plain
 * text; an existing file is never replaced, the new one is called
 * "name-2.html" instead. A fetch that fails or is cancelled leaves no
 * file. Fetches beyond PLX_FETCH_MAX_PARALLEL wait for one to end.
 */
void
plx_fetcher_fetch_async (PlxFetcher           *self,
                         const char           *address,
                         GFile                *folder,
                         GCancellable         *cancellable,
                         PlxFetchProgressFunc  progress,
                         gpointer              progress_data,
                         GDestroyNotify        progress_data_destroy,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  plx_fetcher_fetch_full_async (self, address, folder, NULL, NULL, NULL, NULL, cancellable,
                                progress, progress_data, progress_data_destroy, callback, user_data);
}

/**
 * plx_fetcher_fetch_full_async:
 * @self: a #PlxFetcher
 * @address: an http:// or https:// address
 * @folder: the folder to save the page in
 * @name: (nullable): the name to save the page under, without its
 *   extension, or %NULL for one made from the address
 * @keep: (nullable): decides whether the page, once complete, is saved
 * @keep_data: data for @keep
 * @keep_data_destroy: (nullable): frees @keep_data after the fetch
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable): called as the page comes
 * @progress_data: data for @progress
 * @progress_data_destroy: (nullable): frees @progress_data after the fetch
 * @callback: called once the page is saved, dropped, or could not be saved
 * @user_data: data for @callback
 *
 * As plx_fetcher_fetch_async(), with the name the file takes ("@name.html",
 * else "@name-2.html"...) and a function that decides, once the page is
 * complete, whether it is saved at all: a page @keep drops leaves no
 * file, and plx_fetcher_fetch_finish() returns %NULL without an error.
 */
void
plx_fetcher_fetch_full_async (PlxFetcher           *self,
                              const char           *address,
                              GFile                *folder,
                              const char           *name,
                              PlxFetchKeepFunc      keep,
                              gpointer              keep_data,
                              GDestroyNotify        keep_data_destroy,
                              GCancellable         *cancellable,
                              PlxFetchProgressFunc  progress,
                              gpointer              progress_data,
                              GDestroyNotify        progress_data_destroy,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Fetch *fetch;

  g_return_if_fail (PLX_IS_FETCHER (self));
  g_return_if_fail (address != NULL);
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (name == NULL || *name != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_fetcher_fetch_full_async);
  /* A cancelled fetch returns its own error, which names the address. */
  g_task_set_check_cancellable (task, FALSE);

  fetch = g_new0 (Fetch, 1);
  fetch->address = g_strdup (address);
  fetch->folder = g_object_ref (folder);
  fetch->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fetch->expected = -1;
  fetch->caller_cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  fetch->progress_data_destroy = progress_data_destroy;
  fetch->name = g_strdup (name);
  fetch->keep = keep;
  fetch->keep_data = keep_data;
  fetch->keep_data_destroy = keep_data_destroy;
  g_task_set_task_data (task, fetch, _plx_fetch_free);

  fetch->uri = _plx_fetch_parse_address (address, &error);
  if (fetch->uri == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_hash_table_add (fetch->visited, g_uri_to_string (fetch->uri));

  g_queue_push_tail (&self->waiting, g_steal_pointer (&task));
  _plx_fetcher_start_next (self);
}

/**
 * plx_fetcher_fetch_finish:
 * @self: a #PlxFetcher
 * @result: the result given to the callback
 * @error: return location for a #GError: %G_IO_ERROR_CANCELLED when
 *   cancelled, else in %PLX_FETCH_ERROR, its message naming the address
 *
 * Returns: (transfer full) (nullable): the file the page was saved as;
 *   %NULL with @error set if it could not be, %NULL without an error if
 *   the keep function of plx_fetcher_fetch_full_async() dropped it
 */
GFile *
plx_fetcher_fetch_finish (PlxFetcher    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (PLX_IS_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
