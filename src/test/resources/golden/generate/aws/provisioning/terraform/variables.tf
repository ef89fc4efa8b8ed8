variable "region" {
  description = "AWS region of the cluster (spec.region)"
  type        = string
  default     = "ap-northeast-2"
}

variable "vpc_id" {
  description = "The VPC the cluster runs in"
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of at least two availability zones, for the nodes and the control plane"
  type        = list(string)
}
