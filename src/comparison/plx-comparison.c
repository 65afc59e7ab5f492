/* plx-comparison.c: one comparison: a corpus, its alignment and its ledger
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plx-article.h"
#include "plx-comparison-file.h"
#include "plx-comparison-private.h"
#include "plx-corpus.h"
#include "plx-error.h"

/**
 * PlxComparison:
 *
 * Everything Parallax knows of one comparison: where its corpus came
 * from, the corpus, the alignment of its sentences into rows and the
 * ledger of figures and dates over those rows. The window, parallax-cli
 * and the exports all work from one; none of it needs GTK.
 *
 * The corpus, the alignment and the ledger change together and only on
 * the thread that owns the comparison (the main thread): loading and
 * aligning run in other threads, and their results are put in place by
 * the callbacks. #GObject::notify on #PlxComparison:corpus and
 * #PlxComparison:alignment (which also stands for the ledger) is emitted
 * once all three are in place, and the ledger that was replaced is freed
 * only after those signals: a handler can still let go of it.
 *
 * A newer load supersedes every older load and alignment; a newer
 * alignment supersedes the older ones. A superseded operation finishes
 * with %G_IO_ERROR_CANCELLED and changes nothing.
 */
G_DEFINE_FINAL_TYPE (PlxComparison, plx_comparison, G_TYPE_OBJECT)

GParamSpec *plx_comparison_properties[N_PROPS];


/* ---- Putting results in place ------------------------------------------ */

static void
plx_comparison_update_state (PlxComparison *self)
{
  PlxComparisonState state = self->load_phase;

  if (state == PLX_COMPARISON_IDLE && self->n_aligning > 0)
    state = PLX_COMPARISON_ALIGNING;

  if (state == self->state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_STATE]);
}

/* Puts @corpus, @alignment and @ledger (taken) in place; @location too,
 * unless it is %NULL. */
static void
plx_comparison_commit (PlxComparison *self,
                       GFile         *location,
                       PlxCorpus     *corpus,
                       PlxAlignment  *alignment,
                       PlxLedger     *ledger)
{
  g_autoptr(PlxLedger) replaced = NULL;

  g_object_freeze_notify (G_OBJECT (self));

  /* The editor's names for the outlets, before anyone shows them. */
  if (corpus != NULL)
    plx_corrections_apply_outlet_names (self->corrections, corpus);

  if (location != NULL && g_set_object (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_LOCATION]);
  if (g_set_object (&self->corpus, corpus))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_CORPUS]);

  if (ledger != self->ledger)
    {
      replaced = g_steal_pointer (&self->ledger);
      self->ledger = ledger;
    }
  if (g_set_object (&self->alignment, alignment) || replaced != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_ALIGNMENT]);

  /* The handlers run here, while the replaced ledger still exists. */
  g_object_thaw_notify (G_OBJECT (self));
}

/* ---- Aligning ------------------------------------------------------------ */

/* What an alignment works on and gives back. Only the thread that runs
 * it touches it until it returns. */
typedef struct
{
  PlxCorpus      *corpus;
  PlxCorrections *corrections;
  char           *pivot;
  double          threshold;
  guint           serial;     /* align_serial when it began */
  PlxAlignment *alignment;
  PlxLedger    *ledger;
} AlignJob;

/* The options' pivot, else the corrections' (a comparison file's own);
 * the corrections' threshold, else the options' (the window's
 * preference: a file that sets its threshold keeps it). */
static AlignJob *
align_job_new (PlxCorpus             *corpus,
               const PlxAlignOptions *options,
               PlxCorrections        *corrections,
               guint                  serial)
{
  AlignJob *job = g_new0 (AlignJob, 1);

  job->corpus = g_object_ref (corpus);
  job->corrections = g_object_ref (corrections);
  job->pivot = g_strdup (options != NULL && options->pivot != NULL ? options->pivot
                                                                   : plx_corrections_get_pivot (corrections));
  job->threshold = plx_corrections_get_threshold (corrections) > 0 ? plx_corrections_get_threshold (corrections)
                   : options != NULL ? options->threshold : 0;
  job->serial = serial;

  return job;
}

static void
align_job_free (AlignJob *job)
{
  g_clear_object (&job->corpus);
  g_clear_object (&job->corrections);
  g_clear_pointer (&job->pivot, g_free);
  g_clear_object (&job->alignment);
  g_clear_pointer (&job->ledger, plx_ledger_free);
  g_free (job);
}

/* Aligns the job's corpus and builds its ledger: the work of every
 * alignment, in whichever thread runs it. A corpus without articles has
 * neither. */
static gboolean
align_job_run (AlignJob      *job,
               GCancellable  *cancellable,
               GError       **error)
{
  PlxAlignOptions options = { job->pivot, job->threshold, job->corrections };

  if (g_list_model_get_n_items (G_LIST_MODEL (job->corpus)) == 0)
    return TRUE;

  job->alignment = plx_align_corpus (job->corpus, &options, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (job->alignment == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_ALIGNMENT,
                           _("The articles could not be aligned."));
      return FALSE;
    }

  job->ledger = plx_ledger_build (job->corpus, job->alignment);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
align_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (align_job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Runs @job in a worker thread. The worker's task has no source object
 * and holds nothing but the job: a worker thread lets go of its task
 * after the callback may have run, and must never drop the last
 * reference to the comparison (or to what owns it). */
static void
align_job_start (AlignJob            *job,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, align_job_start);
  g_task_set_task_data (task, job, (GDestroyNotify) align_job_free);
  g_task_run_in_thread (task, align_thread);
}

static gboolean
plx_comparison_is_stale (PlxComparison *self,
                         AlignJob      *job)
{
  return job->serial != self->align_serial;
}

static GError *
superseded_error (void)
{
  return g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                              "superseded by a newer load or alignment");
}

/* ---- Loading ----------------------------------------------------------- */

typedef struct
{
  GFile                  *location;
  GFile                  *file;          /* the .parallax file read, if any */
  PlxCorrections         *corrections;   /* to apply */
  GPtrArray              *warnings;      /* of reading the file */
  gboolean                fresh;         /* the corrections were read, or are new: nothing to save */
  PlxAlignOptions         options;
  PlxComparisonLoadFlags  flags;
  guint                   serial;   /* load_serial when it began */
} LoadData;

static void
load_data_clear (LoadData *data)
{
  g_clear_object (&data->location);
  g_clear_object (&data->file);
  g_clear_object (&data->corrections);
  g_clear_pointer (&data->warnings, g_ptr_array_unref);
  g_clear_pointer ((char **) &data->options.pivot, g_free);
}

static void
load_data_free (LoadData *data)
{
  load_data_clear (data);
  g_free (data);
}

/* What a load opens: the corpus at @location, with no corrections; the
 * corpus a comparison file names, with its corrections; the corpus
 * already compared (a reload), keeping the corrections made. */
static gboolean
load_data_open (LoadData       *data,
                PlxComparison  *self,
                GFile          *location,
                GCancellable   *cancellable,
                GError        **error)
{
  data->warnings = g_ptr_array_new_with_free_func (g_free);

  if (plx_comparison_file_is (location))
    {
      data->file = g_object_ref (location);
      data->fresh = TRUE;
      return plx_comparison_file_read (location, &data->location, &data->corrections,
                                       data->warnings, cancellable, error);
    }

  data->location = g_object_ref (location);
  if (self->location != NULL && g_file_equal (location, self->location))
    {
      data->file = self->file != NULL ? g_object_ref (self->file) : NULL;
      data->corrections = g_object_ref (self->corrections);
    }
  else
    {
      data->corrections = plx_corrections_new ();
      data->fresh = TRUE;
    }

  return TRUE;
}

/* The comparison file's warnings become the corpus's, naming the file. */
static void
add_file_warnings (PlxCorpus *corpus,
                   GFile     *file,
                   GPtrArray *warnings)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", name, (char *) g_ptr_array_index (warnings, i));

      plx_corpus_add_warning (corpus, message);
    }
}

/* The task of a load_async(): its source object is the comparison, and
 * it is only ever completed and released on the comparison's thread. */
static gboolean
load_task_is_current (GTask *task)
{
  PlxComparison *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);

  return data->serial == self->load_serial;
}

static void
load_task_end (GTask  *task,
               GError *error)
{
  PlxComparison *self = g_task_get_source_object (task);

  self->load_phase = PLX_COMPARISON_IDLE;
  plx_comparison_update_state (self);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
load_aligned_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlxComparison *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);
  AlignJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!load_task_is_current (task))
    {
      g_task_return_error (task, superseded_error ());
      return;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Not aligned: a load that gives nothing to show fails whole. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        plx_comparison_commit (self, NULL, NULL, NULL, NULL);
      load_task_end (task, error);
      return;
    }

  plx_comparison_take_corrections (self, data->file, g_object_ref (data->corrections), data->fresh);
  plx_comparison_commit (self, data->location, job->corpus,
                         job->alignment, g_steal_pointer (&job->ledger));
  load_task_end (task, NULL);
}

static void
load_read_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlxComparison *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(PlxCorpus) corpus = NULL;
  GCancellable *cancellable;
  GError *error = NULL;
  AlignJob *job;

  corpus = plx_corpus_load_finish (result, &error);

  if (!load_task_is_current (task))
    {
      g_clear_error (&error);
      g_task_return_error (task, superseded_error ());
      return;
    }

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      load_task_end (task, error);
      return;
    }

  /* A reload that finds nothing to read (the folder deleted, a disk
   * gone) keeps the articles as last read: they are worth more than an
   * empty comparison. */
  if ((data->flags & PLX_COMPARISON_LOAD_KEEP_IF_EMPTY) && self->alignment != NULL &&
      (corpus == NULL || g_list_model_get_n_items (G_LIST_MODEL (corpus)) == 0))
    {
      if (error == NULL)
        error = g_error_new_literal (PLX_ERROR, PLX_ERROR_NOTHING_LOADED,
                                     _("no readable articles left"));
      load_task_end (task, error);
      return;
    }

  if (corpus == NULL)
    {
      plx_comparison_commit (self, NULL, NULL, NULL, NULL);
      load_task_end (task, error);
      return;
    }

  add_file_warnings (corpus, data->file, data->warnings);
  self->load_phase = PLX_COMPARISON_ALIGNING;
  plx_comparison_update_state (self);
  job = align_job_new (corpus, &data->options, data->corrections, self->align_serial);
  cancellable = g_task_get_cancellable (task);
  align_job_start (job, cancellable, load_aligned_cb, g_steal_pointer (&task));
}

/* ---- Public API --------------------------------------------------------- */

static void
plx_comparison_finalize (GObject *object)
{
  PlxComparison *self = PLX_COMPARISON (object);

  g_clear_object (&self->location);
  g_clear_object (&self->corpus);
  g_clear_object (&self->alignment);
  g_clear_pointer (&self->ledger, plx_ledger_free);
  g_clear_object (&self->file);
  g_clear_object (&self->corrections);
  g_clear_object (&self->saved);

  G_OBJECT_CLASS (plx_comparison_parent_class)->finalize (object);
}

static void
plx_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlxComparison *self = PLX_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_LOCATION:
      g_value_set_object (value, self->location);
      break;

    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;

    case PROP_ALIGNMENT:
      g_value_set_object (value, self->alignment);
      break;

    case PROP_STATE:
      g_value_set_uint (value, self->state);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_CORRECTIONS:
      g_value_set_object (value, self->corrections);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, plx_comparison_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_class_init (PlxComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_comparison_finalize;
  object_class->get_property = plx_comparison_get_property;

  /**
   * PlxComparison:location: (nullable)
   *
   * Where the corpus was last loaded from.
   */
  plx_comparison_properties[PROP_LOCATION] =
    g_param_spec_object ("location", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:corpus: (nullable)
   *
   * The articles compared.
   */
  plx_comparison_properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, PLX_TYPE_CORPUS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:alignment: (nullable)
   *
   * The rows of the corpus; %NULL while it is not aligned, or has no
   * article. Notified also when only the ledger changed.
   */
  plx_comparison_properties[PROP_ALIGNMENT] =
    g_param_spec_object ("alignment", NULL, NULL, PLX_TYPE_ALIGNMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:state:
   *
   * What is in progress, a #PlxComparisonState: loading while the
   * latest load reads its files, aligning while it or an alignment
   * aligns.
   */
  plx_comparison_properties[PROP_STATE] =
    g_param_spec_uint ("state", NULL, NULL,
                       PLX_COMPARISON_IDLE, PLX_COMPARISON_ALIGNING, PLX_COMPARISON_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:file: (nullable)
   *
   * The `.parallax` file the comparison was opened from or saved to.
   */
  plx_comparison_properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:corrections:
   *
   * The editor's corrections (outlet names, rows joined and parted,
   * notes), applied by every alignment.
   */
  plx_comparison_properties[PROP_CORRECTIONS] =
    g_param_spec_object ("corrections", NULL, NULL, PLX_TYPE_CORRECTIONS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlxComparison:modified:
   *
   * Whether the corrections changed since they were read or saved.
   */
  plx_comparison_properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, plx_comparison_properties);
}

static void
plx_comparison_init (PlxComparison *self)
{
  self->corrections = plx_corrections_new ();
  self->saved = g_object_ref (self->corrections);
}

/**
 * plx_comparison_new:
 *
 * Returns: (transfer full): an empty comparison
 */
PlxComparison *
plx_comparison_new (void)
{
  return g_object_new (PLX_TYPE_COMPARISON, NULL);
}

/**
 * plx_comparison_new_for_corpus:
 * @corpus: articles already in memory
 *
 * Returns: (transfer full): a comparison of @corpus, not yet aligned
 */
PlxComparison *
plx_comparison_new_for_corpus (PlxCorpus *corpus)
{
  PlxComparison *self;

  g_return_val_if_fail (PLX_IS_CORPUS (corpus), NULL);

  self = plx_comparison_new ();
  self->corpus = g_object_ref (corpus);

  return self;
}

/**
 * plx_comparison_get_location:
 *
 * Returns: (transfer none) (nullable): where the corpus was loaded from
 */
GFile *
plx_comparison_get_location (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->location;
}

/**
 * plx_comparison_get_corpus:
 *
 * Returns: (transfer none) (nullable): the articles compared
 */
PlxCorpus *
plx_comparison_get_corpus (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->corpus;
}

/**
 * plx_comparison_get_alignment:
 *
 * Returns: (transfer none) (nullable): the rows, once aligned
 */
PlxAlignment *
plx_comparison_get_alignment (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->alignment;
}

/**
 * plx_comparison_get_ledger:
 *
 * Returns: (transfer none) (nullable): the ledger over the alignment; it
 *   lives until the alignment changes
 */
PlxLedger *
plx_comparison_get_ledger (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->ledger;
}

PlxComparisonState
plx_comparison_get_state (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), PLX_COMPARISON_IDLE);

  return self->state;
}

/**
 * plx_comparison_load:
 * @location: a folder, a corpus.json, a Parallax export or one file
 *
 * Reads the corpus at @location, in this thread, in place of the one
 * compared; it is not aligned yet (plx_comparison_align()). The
 * corpus's warnings name the files it skipped.
 *
 * Returns: %TRUE if a corpus was read; on failure nothing changes
 */
gboolean
plx_comparison_load (PlxComparison  *self,
                     GFile          *location,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  LoadData data = { 0 };
  gboolean loaded;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (location), FALSE);

  loaded = load_data_open (&data, self, location, cancellable, error);
  if (loaded)
    corpus = plx_corpus_load (data.location, cancellable, error);
  if (corpus == NULL)
    {
      load_data_clear (&data);
      return FALSE;
    }

  add_file_warnings (corpus, data.file, data.warnings);
  self->load_serial++;
  self->align_serial++;
  plx_comparison_take_corrections (self, data.file, g_object_ref (data.corrections), data.fresh);
  plx_comparison_commit (self, data.location, corpus, NULL, NULL);
  load_data_clear (&data);

  return TRUE;
}

/**
 * plx_comparison_align:
 * @options: (nullable): the pivot and threshold, or %NULL for the defaults
 *
 * Aligns the corpus, in this thread, and builds its ledger. A corpus
 * without articles is left without either.
 *
 * Returns: %TRUE if aligned; on failure nothing changes
 */
gboolean
plx_comparison_align (PlxComparison          *self,
                      const PlxAlignOptions  *options,
                      GCancellable           *cancellable,
                      GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  AlignJob *job;
  gboolean aligned;

  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (self->corpus != NULL, FALSE);

  job = align_job_new (self->corpus, options, self->corrections, ++self->align_serial);
  aligned = align_job_run (job, cancellable, error);
  if (aligned)
    plx_comparison_commit (self, NULL, self->corpus, job->alignment, g_steal_pointer (&job->ledger));
  align_job_free (job);

  return aligned;
}

/**
 * plx_comparison_load_async:
 * @location: a folder, a corpus.json, a Parallax export or one file
 * @options: (nullable): how to align it
 * @flags: #PlxComparisonLoadFlags
 * @progress: (nullable) (scope notified): called on this thread with the
 *   fraction of the files read
 *
 * Reads the corpus at @location and aligns it, in other threads, then
 * puts the corpus, its alignment and its ledger in place of the old ones.
 * A corpus without articles is put in place unaligned.
 *
 * When the load fails, the comparison is left empty, except that with
 * %PLX_COMPARISON_LOAD_KEEP_IF_EMPTY a comparison that has rows keeps
 * them (the error is then %PLX_ERROR_NOTHING_LOADED or the loader's).
 * When it is cancelled, or superseded by a newer load, nothing changes.
 */
void
plx_comparison_load_async (PlxComparison          *self,
                           GFile                  *location,
                           const PlxAlignOptions  *options,
                           PlxComparisonLoadFlags  flags,
                           GCancellable           *cancellable,
                           PlxProgressFunc         progress,
                           gpointer                progress_data,
                           GDestroyNotify          progress_data_destroy,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  LoadData *data;

  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (G_IS_FILE (location));

  data = g_new0 (LoadData, 1);
  data->options.pivot = options != NULL ? g_strdup (options->pivot) : NULL;
  data->options.threshold = options != NULL ? options->threshold : 0;
  data->flags = flags;
  data->serial = ++self->load_serial;
  self->align_serial++;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_comparison_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  /* A comparison file is small: it is read here. */
  if (!load_data_open (data, self, location, cancellable, &error))
    {
      if (progress_data_destroy != NULL)
        progress_data_destroy (progress_data);
      g_task_return_error (task, error);
      return;
    }

  self->load_phase = PLX_COMPARISON_LOADING;
  plx_comparison_update_state (self);

  plx_corpus_load_async (data->location, cancellable,
                         progress, progress_data, progress_data_destroy,
                         load_read_cb, g_steal_pointer (&task));
}

/**
 * plx_comparison_load_finish:
 *
 * Returns: %TRUE if the corpus loaded (and, if it has articles, aligned)
 */
gboolean
plx_comparison_load_finish (PlxComparison  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == plx_comparison_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
align_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlxComparison *self = g_task_get_source_object (task);
  AlignJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->n_aligning--;
  plx_comparison_update_state (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* A newer load or alignment, or another corpus since. */
  if (plx_comparison_is_stale (self, job) || job->corpus != self->corpus)
    {
      g_task_return_error (task, superseded_error ());
      return;
    }

  plx_comparison_commit (self, NULL, self->corpus, job->alignment, g_steal_pointer (&job->ledger));
  g_task_return_boolean (task, TRUE);
}

/**
 * plx_comparison_align_async:
 * @options: (nullable): the pivot and threshold, or %NULL for the defaults
 *
 * Aligns the corpus again in another thread; the old alignment and
 * ledger stay in place until the new ones replace them.
 */
void
plx_comparison_align_async (PlxComparison         *self,
                            const PlxAlignOptions *options,
                            GCancellable          *cancellable,
                            GAsyncReadyCallback    callback,
                            gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (self->corpus != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, plx_comparison_align_async);

  self->n_aligning++;
  plx_comparison_update_state (self);
  align_job_start (align_job_new (self->corpus, options, self->corrections, ++self->align_serial),
                   cancellable, align_done_cb, g_steal_pointer (&task));
}

/**
 * plx_comparison_align_finish:
 *
 * Returns: %TRUE if the new alignment is in place
 */
gboolean
plx_comparison_align_finish (PlxComparison  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == plx_comparison_align_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
