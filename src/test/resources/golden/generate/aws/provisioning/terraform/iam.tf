# IAM roles of the platform's components, bound to their service accounts with EKS Pod Identity.

data "aws_iam_policy_document" "pod_identity" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = ["pods.eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "ebs_csi" {
  name               = "cloud-ebs-csi"
  assume_role_policy = data.aws_iam_policy_document.pod_identity.json
}

resource "aws_iam_role_policy_attachment" "ebs_csi" {
  role       = aws_iam_role.ebs_csi.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
}

resource "aws_iam_role" "external_dns" {
  name               = "cloud-external-dns"
  assume_role_policy = data.aws_iam_policy_document.pod_identity.json
}

resource "aws_iam_role_policy" "external_dns" {
  role   = aws_iam_role.external_dns.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["route53:ChangeResourceRecordSets"], Resource = ["arn:aws:route53:::hostedzone/*"] }, { Effect = "Allow", Action = ["route53:ListHostedZones", "route53:ListResourceRecordSets", "route53:ListTagsForResources"], Resource = ["*"] }] })
}

resource "aws_eks_pod_identity_association" "external_dns" {
  cluster_name    = module.eks.cluster_name
  namespace       = "external-dns"
  service_account = "external-dns"
  role_arn        = aws_iam_role.external_dns.arn
}

resource "aws_iam_role" "velero" {
  name               = "cloud-velero"
  assume_role_policy = data.aws_iam_policy_document.pod_identity.json
}

resource "aws_iam_role_policy" "velero" {
  role   = aws_iam_role.velero.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["ec2:DescribeVolumes", "ec2:DescribeSnapshots", "ec2:CreateTags", "ec2:CreateVolume", "ec2:CreateSnapshot", "ec2:DeleteSnapshot"], Resource = ["*"] }, { Effect = "Allow", Action = ["s3:GetObject", "s3:DeleteObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"], Resource = ["arn:aws:s3:::cloud-backups/*"] }, { Effect = "Allow", Action = ["s3:ListBucket"], Resource = ["arn:aws:s3:::cloud-backups"] }] })
}

resource "aws_eks_pod_identity_association" "velero" {
  cluster_name    = module.eks.cluster_name
  namespace       = "velero"
  service_account = "velero-server"
  role_arn        = aws_iam_role.velero.arn
}

resource "aws_iam_role" "tempo" {
  name               = "cloud-tempo"
  assume_role_policy = data.aws_iam_policy_document.pod_identity.json
}

resource "aws_iam_role_policy" "tempo" {
  role   = aws_iam_role.tempo.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:PutObjectTagging"], Resource = ["arn:aws:s3:::cloud-traces/*"] }, { Effect = "Allow", Action = ["s3:ListBucket"], Resource = ["arn:aws:s3:::cloud-traces"] }] })
}

resource "aws_eks_pod_identity_association" "tempo" {
  cluster_name    = module.eks.cluster_name
  namespace       = "monitoring"
  service_account = "tempo"
  role_arn        = aws_iam_role.tempo.arn
}

resource "aws_s3_bucket" "cloud_backups" {
  bucket = "cloud-backups"
}

resource "aws_s3_bucket" "cloud_traces" {
  bucket = "cloud-traces"
}
