/* plx-comparison-corrections.c: a comparison's corrections and its file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plx-comparison-file.h"
#include "plx-comparison-private.h"
#include "plx-error.h"

/* Puts @corrections (taken) in place, with the .parallax @file they
 * belong to (%NULL for none); @saved says they are as that file holds
 * them. The outlets' names are the window's to apply (on commit, or by
 * plx_comparison_set_corrections()). */
void
plx_comparison_take_corrections (PlxComparison  *self,
                                 GFile          *file,
                                 PlxCorrections *corrections,
                                 gboolean        saved)
{
  gboolean was_modified = plx_comparison_get_modified (self);

  g_object_freeze_notify (G_OBJECT (self));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_FILE]);
  if (corrections != self->corrections)
    {
      g_clear_object (&self->corrections);
      self->corrections = corrections;
      g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_CORRECTIONS]);
    }
  else
    g_object_unref (corrections);
  if (saved)
    g_set_object (&self->saved, self->corrections);
  if (was_modified != plx_comparison_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), plx_comparison_properties[PROP_MODIFIED]);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * plx_comparison_get_file:
 *
 * Returns: (transfer none) (nullable): the `.parallax` file the
 *   comparison was opened from or last saved to
 */
GFile *
plx_comparison_get_file (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->file;
}

/**
 * plx_comparison_get_corrections:
 *
 * Returns: (transfer none): the editor's corrections; never change
 *   them: edit a copy and set it (plx_comparison_set_corrections())
 */
PlxCorrections *
plx_comparison_get_corrections (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), NULL);

  return self->corrections;
}

/**
 * plx_comparison_set_corrections:
 * @corrections: the new corrections, not to be changed afterwards
 *
 * Puts @corrections in place and names the outlets as they say; the
 * rows change with the next alignment (plx_comparison_align_async()).
 */
void
plx_comparison_set_corrections (PlxComparison  *self,
                                PlxCorrections *corrections)
{
  g_return_if_fail (PLX_IS_COMPARISON (self));
  g_return_if_fail (PLX_IS_CORRECTIONS (corrections));

  plx_comparison_take_corrections (self, self->file, g_object_ref (corrections), FALSE);
  if (self->corpus != NULL)
    plx_corrections_apply_outlet_names (self->corrections, self->corpus);
}

/**
 * plx_comparison_get_modified:
 *
 * Returns: whether the corrections changed since they were last read
 *   or saved
 */
gboolean
plx_comparison_get_modified (PlxComparison *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);

  if (self->corrections == self->saved)
    return FALSE;
  if (self->corrections == NULL || self->saved == NULL)
    return TRUE;

  return !plx_corrections_equal (self->corrections, self->saved);
}

/**
 * plx_comparison_save:
 * @file: the `.parallax` file to write
 *
 * Saves the comparison: where its corpus is and the editor's
 * corrections. Nothing else is written; the corpus never is.
 *
 * Returns: whether it was saved
 */
gboolean
plx_comparison_save (PlxComparison  *self,
                     GFile          *file,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (PLX_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->location == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE,
                           _("There is no corpus to save a comparison of."));
      return FALSE;
    }

  if (!plx_comparison_file_write (file, self->location, self->corrections, cancellable, error))
    return FALSE;

  plx_comparison_take_corrections (self, file, g_object_ref (self->corrections), TRUE);

  return TRUE;
}
