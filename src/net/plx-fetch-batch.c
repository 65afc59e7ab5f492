/* plx-fetch-batch.c: a list of web pages downloaded into a corpus folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-fetch-batch.h"

/* What parallax-cli fetch and the window's Add from Web share: every
 * address is handed to the fetcher at once, in the order given, and the
 * fetcher runs PLX_FETCH_MAX_PARALLEL of them at a time. The batch keeps
 * each page's result (the file, or why it failed) under its place in
 * the list, counts the pages and the bytes as they come, and ends when
 * the last page is saved or has failed. Cancelled, every fetch stops
 * and leaves no file; the batch still waits for all of them, so that
 * when it ends the folder holds no unfinished download.
 *
 * A page added with plx_fetch_batch_add() may go into a folder of its
 * own, under a name of its own, and have a keep function decide whether
 * it is saved at all (Check for Updates keeps a page only when its
 * article changed): a page dropped is neither saved nor failed. */

typedef struct
{
  PlxFetchBatch    *batch;
  char             *address;
  GFile            *folder;      /* NULL: the batch's */
  char             *name;        /* NULL: from the address */
  PlxFetchKeepFunc  keep;
  gpointer          keep_data;   /* handed to the fetcher when the batch runs */
  GDestroyNotify    keep_data_destroy;
  gboolean          done;
  gboolean          dropped;
  GFile            *file;
  GError           *error;
  goffset           received;
  goffset           expected;    /* the announced size, or -1 */
} Page;

struct _PlxFetchBatch
{
  GObject     parent_instance;

  PlxFetcher *fetcher;
  GFile      *folder;
  Page       *pages;
  guint       n_pages;

  GTask      *task;           /* while it runs; it holds the batch */
  gboolean    started;
  guint       n_done;
  guint       n_saved;
  guint       n_dropped;
  guint       n_reported;     /* the pages announced by "page-done" */
};

G_DEFINE_FINAL_TYPE (PlxFetchBatch, plx_fetch_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FETCHER,
  PROP_FOLDER,
  PROP_ADDRESSES,
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
plx_fetch_batch_set_addresses (PlxFetchBatch      *self,
                               const char * const *addresses)
{
  g_assert (self->pages == NULL);

  self->n_pages = addresses != NULL ? g_strv_length ((char **) addresses) : 0;
  self->pages = g_new0 (Page, self->n_pages);
  for (guint i = 0; i < self->n_pages; i++)
    {
      self->pages[i].batch = self;
      self->pages[i].address = g_strdup (addresses[i]);
      self->pages[i].expected = -1;
    }
}

static void
plx_fetch_batch_constructed (GObject *object)
{
  PlxFetchBatch *self = (PlxFetchBatch *)object;

  G_OBJECT_CLASS (plx_fetch_batch_parent_class)->constructed (object);

  if (self->fetcher == NULL)
    self->fetcher = plx_fetcher_new ();
  if (self->pages == NULL)
    plx_fetch_batch_set_addresses (self, NULL);
}

static void
plx_fetch_batch_finalize (GObject *object)
{
  PlxFetchBatch *self = (PlxFetchBatch *)object;

  for (guint i = 0; i < self->n_pages; i++)
    {
      g_free (self->pages[i].address);
      g_clear_object (&self->pages[i].folder);
      g_free (self->pages[i].name);
      if (self->pages[i].keep_data_destroy != NULL)
        self->pages[i].keep_data_destroy (self->pages[i].keep_data);
      g_clear_object (&self->pages[i].file);
      g_clear_error (&self->pages[i].error);
    }
  g_clear_pointer (&self->pages, g_free);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (plx_fetch_batch_parent_class)->finalize (object);
}

static void
plx_fetch_batch_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlxFetchBatch *self = PLX_FETCH_BATCH (object);

  switch (prop_id)
    {
    case PROP_FETCHER:
      g_value_set_object (value, self->fetcher);
      break;

    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    case PROP_ADDRESSES:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

        for (guint i = 0; i < self->n_pages; i++)
          g_strv_builder_add (builder, self->pages[i].address);
        g_value_take_boxed (value, g_strv_builder_end (builder));
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_fetch_batch_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlxFetchBatch *self = PLX_FETCH_BATCH (object);

  switch (prop_id)
    {
    case PROP_FETCHER:
      self->fetcher = g_value_dup_object (value);
      break;

    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    case PROP_ADDRESSES:
      plx_fetch_batch_set_addresses (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_fetch_batch_class_init (PlxFetchBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = plx_fetch_batch_constructed;
  object_class->finalize = plx_fetch_batch_finalize;
  object_class->get_property = plx_fetch_batch_get_property;
  object_class->set_property = plx_fetch_batch_set_property;

  /**
   * PlxFetchBatch:fetcher:
   *
   * The fetcher the pages are downloaded with, and its limits; a new
   * one with the defaults when none is given.
   */
  properties[PROP_FETCHER] =
    g_param_spec_object ("fetcher", NULL, NULL,
                         PLX_TYPE_FETCHER,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PlxFetchBatch:folder:
   *
   * The folder the pages are saved in.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PlxFetchBatch:addresses:
   *
   * The addresses to download, in the order the results are kept.
   */
  properties[PROP_ADDRESSES] =
    g_param_spec_boxed ("addresses", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxFetchBatch::page-done:
   * @self: a #PlxFetchBatch
   * @index: the place of the page in the addresses
   *
   * Emitted for each page, in the order of the addresses, as soon as
   * it and the pages before it are saved or have failed: a page that
   * ends early waits for those before it. Its result is there to read
   * with plx_fetch_batch_get_file() or plx_fetch_batch_get_error().
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
   * PlxFetchBatch::progress:
   * @self: a #PlxFetchBatch
   *
   * Emitted when a piece of a page has come, and when a page ends
   * (after any #PlxFetchBatch::page-done): the counts, the bytes and
   * the fraction done may have changed.
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
plx_fetch_batch_init (PlxFetchBatch *self)
{
}

/**
 * plx_fetch_batch_new:
 * @fetcher: (nullable): the fetcher to download with, or %NULL for one
 *   with the default limits
 * @folder: the folder to save the pages in
 * @addresses: (array zero-terminated=1): the addresses, in the order
 *   the results are kept
 *
 * Returns: (transfer full): a new #PlxFetchBatch, to start with
 *   plx_fetch_batch_run_async()
 */
PlxFetchBatch *
plx_fetch_batch_new (PlxFetcher         *fetcher,
                     GFile              *folder,
                     const char * const *addresses)
{
  g_return_val_if_fail (fetcher == NULL || PLX_IS_FETCHER (fetcher), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (addresses != NULL, NULL);

  return g_object_new (PLX_TYPE_FETCH_BATCH,
                       "fetcher", fetcher,
                       "folder", folder,
                       "addresses", addresses,
                       NULL);
}

/**
 * plx_fetch_batch_add:
 * @self: a #PlxFetchBatch, not run yet
 * @address: the address of a page
 * @folder: (nullable): the folder to save it in, or %NULL for
 *   #PlxFetchBatch:folder
 * @name: (nullable): the name to save it under, without its extension,
 *   or %NULL for one made from the address
 * @keep: (nullable): decides whether the page, once complete, is saved;
 *   see plx_fetcher_fetch_full_async()
 * @keep_data: data for @keep
 * @keep_data_destroy: (nullable): frees @keep_data
 *
 * Adds a page after those given to plx_fetch_batch_new().
 *
 * Returns: its place in the batch
 */
guint
plx_fetch_batch_add (PlxFetchBatch    *self,
                     const char       *address,
                     GFile            *folder,
                     const char       *name,
                     PlxFetchKeepFunc  keep,
                     gpointer          keep_data,
                     GDestroyNotify    keep_data_destroy)
{
  Page *page;

  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);
  g_return_val_if_fail (!self->started, 0);
  g_return_val_if_fail (address != NULL, 0);
  g_return_val_if_fail (folder == NULL || G_IS_FILE (folder), 0);

  /* No fetch points at a page before the batch runs. */
  self->pages = g_renew (Page, self->pages, self->n_pages + 1);
  page = &self->pages[self->n_pages];
  memset (page, 0, sizeof *page);
  page->batch = self;
  page->address = g_strdup (address);
  page->folder = folder != NULL ? g_object_ref (folder) : NULL;
  page->name = g_strdup (name);
  page->keep = keep;
  page->keep_data = keep_data;
  page->keep_data_destroy = keep_data_destroy;
  page->expected = -1;

  return self->n_pages++;
}

/**
 * plx_fetch_batch_get_fetcher:
 * @self: a #PlxFetchBatch
 *
 * Returns: (transfer none): the fetcher the pages are downloaded with
 */
PlxFetcher *
plx_fetch_batch_get_fetcher (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), NULL);

  return self->fetcher;
}

/**
 * plx_fetch_batch_get_folder:
 * @self: a #PlxFetchBatch
 *
 * Returns: (transfer none): the folder the pages are saved in
 */
GFile *
plx_fetch_batch_get_folder (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), NULL);

  return self->folder;
}

guint
plx_fetch_batch_get_n_pages (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  return self->n_pages;
}

/**
 * plx_fetch_batch_get_n_done:
 * @self: a #PlxFetchBatch
 *
 * Returns: how many pages are saved or have failed
 */
guint
plx_fetch_batch_get_n_done (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  return self->n_done;
}

guint
plx_fetch_batch_get_n_saved (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  return self->n_saved;
}

guint
plx_fetch_batch_get_n_failed (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  return self->n_done - self->n_saved - self->n_dropped;
}

/**
 * plx_fetch_batch_get_n_dropped:
 * @self: a #PlxFetchBatch
 *
 * Returns: how many pages their keep function dropped (see
 *   plx_fetch_batch_add())
 */
guint
plx_fetch_batch_get_n_dropped (PlxFetchBatch *self)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  return self->n_dropped;
}

/**
 * plx_fetch_batch_get_received:
 * @self: a #PlxFetchBatch
 *
 * Returns: the bytes received so far, of all the pages (of those that
 *   failed too, up to where they stopped)
 */
goffset
plx_fetch_batch_get_received (PlxFetchBatch *self)
{
  goffset received = 0;

  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  for (guint i = 0; i < self->n_pages; i++)
    received += self->pages[i].received;

  return received;
}

/**
 * plx_fetch_batch_get_fraction:
 * @self: a #PlxFetchBatch
 *
 * How far the batch is, for a progress bar: each page ended counts
 * one, a page on its way the part of its announced size received (none
 * when the server did not announce it).
 *
 * Returns: a fraction from 0 to 1; 1 for a batch of no page
 */
double
plx_fetch_batch_get_fraction (PlxFetchBatch *self)
{
  double done = 0;

  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), 0);

  if (self->n_pages == 0)
    return 1;

  for (guint i = 0; i < self->n_pages; i++)
    {
      Page *page = &self->pages[i];

      if (page->done)
        done += 1;
      else if (page->expected > 0)
        done += MIN (1.0, (double) page->received / (double) page->expected);
    }

  return done / self->n_pages;
}

static Page *
plx_fetch_batch_get_page (PlxFetchBatch *self,
                          guint          index)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), NULL);
  g_return_val_if_fail (index < self->n_pages, NULL);

  return &self->pages[index];
}

/**
 * plx_fetch_batch_get_address:
 * @self: a #PlxFetchBatch
 * @index: the place of a page in the addresses
 *
 * Returns: (transfer none): its address, as given
 */
const char *
plx_fetch_batch_get_address (PlxFetchBatch *self,
                             guint          index)
{
  Page *page = plx_fetch_batch_get_page (self, index);

  return page != NULL ? page->address : NULL;
}

/**
 * plx_fetch_batch_is_done:
 * @self: a #PlxFetchBatch
 * @index: the place of a page in the addresses
 *
 * Returns: whether the page is saved or has failed
 */
gboolean
plx_fetch_batch_is_done (PlxFetchBatch *self,
                         guint          index)
{
  Page *page = plx_fetch_batch_get_page (self, index);

  return page != NULL && page->done;
}

/**
 * plx_fetch_batch_is_dropped:
 * @self: a #PlxFetchBatch
 * @index: the place of a page in the addresses
 *
 * Returns: whether the page's keep function dropped it: downloaded,
 *   not saved, and no error
 */
gboolean
plx_fetch_batch_is_dropped (PlxFetchBatch *self,
                            guint          index)
{
  Page *page = plx_fetch_batch_get_page (self, index);

  return page != NULL && page->dropped;
}

/**
 * plx_fetch_batch_get_file:
 * @self: a #PlxFetchBatch
 * @index: the place of a page in the addresses
 *
 * Returns: (transfer none) (nullable): the file the page was saved as,
 *   or %NULL if it failed, was dropped or is not done yet
 */
GFile *
plx_fetch_batch_get_file (PlxFetchBatch *self,
                          guint          index)
{
  Page *page = plx_fetch_batch_get_page (self, index);

  return page != NULL ? page->file : NULL;
}

/**
 * plx_fetch_batch_get_error:
 * @self: a #PlxFetchBatch
 * @index: the place of a page in the addresses
 *
 * Returns: (transfer none) (nullable): why the page could not be saved
 *   (as plx_fetcher_fetch_finish() said: %G_IO_ERROR_CANCELLED when
 *   cancelled, else in %PLX_FETCH_ERROR, its message naming the
 *   address), or %NULL if it was saved, dropped or is not done yet
 */
const GError *
plx_fetch_batch_get_error (PlxFetchBatch *self,
                           guint          index)
{
  Page *page = plx_fetch_batch_get_page (self, index);

  return page != NULL ? page->error : NULL;
}

static void
progress_cb (goffset  received,
             goffset  expected,
             gpointer user_data)
{
  Page *page = user_data;

  page->received = received;
  page->expected = expected;
  g_signal_emit (page->batch, signals[PROGRESS], 0);
}

/* Announces the pages done that the pages before them no longer hold
 * back, then the progress; the batch ends with its last page. */
static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Page *page = user_data;
  g_autoptr(PlxFetchBatch) self = page->batch;  /* the fetch's reference */

  page->file = plx_fetcher_fetch_finish (PLX_FETCHER (source_object), result, &page->error);
  page->dropped = page->file == NULL && page->error == NULL;
  page->done = TRUE;
  self->n_done++;
  if (page->file != NULL)
    self->n_saved++;
  if (page->dropped)
    self->n_dropped++;

  for (; self->n_reported < self->n_pages && self->pages[self->n_reported].done; self->n_reported++)
    g_signal_emit (self, signals[PAGE_DONE], 0, self->n_reported);
  g_signal_emit (self, signals[PROGRESS], 0);

  if (self->n_done == self->n_pages)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_boolean (task, TRUE);
    }
}

/**
 * plx_fetch_batch_run_async:
 * @self: a #PlxFetchBatch, not run before
 * @cancellable: (nullable): a #GCancellable, to stop every download
 * @callback: called once every page is saved or has failed
 * @user_data: data for @callback
 *
 * Downloads the pages into #PlxFetchBatch:folder, as
 * plx_fetcher_fetch_async() does, all asked at once in the order of the
 * addresses, so that the fetcher runs PLX_FETCH_MAX_PARALLEL of them at
 * a time. The signals #PlxFetchBatch::page-done and
 * #PlxFetchBatch::progress tell how it goes, in the main context of the
 * caller. Cancelled, the downloads stop, each page failing as
 * cancelled, and leave no file; @callback still waits for all of them.
 */
void
plx_fetch_batch_run_async (PlxFetchBatch       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_FETCH_BATCH (self));
  g_return_if_fail (!self->started);
  g_return_if_fail (G_IS_FILE (self->folder));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self->started = TRUE;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_fetch_batch_run_async);

  if (self->n_pages == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Until the last page ends. */
  self->task = g_steal_pointer (&task);

  for (guint i = 0; i < self->n_pages; i++)
    {
      Page *page = &self->pages[i];

      /* Each fetch holds the batch until it ends, and the keep data. */
      g_object_ref (self);
      plx_fetcher_fetch_full_async (self->fetcher, page->address,
                                    page->folder != NULL ? page->folder : self->folder,
                                    page->name, page->keep, page->keep_data, page->keep_data_destroy,
                                    cancellable, progress_cb, page, NULL,
                                    fetched_cb, page);
      page->keep_data = NULL;
      page->keep_data_destroy = NULL;
    }
}

/**
 * plx_fetch_batch_run_finish:
 * @self: a #PlxFetchBatch
 * @result: the result given to the callback
 * @error: return location for a #GError: %G_IO_ERROR_CANCELLED when
 *   the run was cancelled
 *
 * Every page is done, saved or failed: the counts and the results of
 * the pages say which, cancelled or not.
 *
 * Returns: %TRUE, or %FALSE if cancelled
 */
gboolean
plx_fetch_batch_run_finish (PlxFetchBatch  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (PLX_IS_FETCH_BATCH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
